using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// The fingerprint of what the word weights are learned from: the lexicon (its negations, hedges and the rest
/// decide how each word is read), the labelled examples, and the version of the way features are made. Weights
/// whose fingerprint differs were learned from something else and must be learned again.
/// </summary>
internal static class WordWeightsSource
{
    /// <summary>Raise when <see cref="WordFeatures"/>, the reading of words in their place or <see cref="WordWeightsEstimator"/> changes.</summary>
    private const string FeatureVersion = "word-features 1";

    public static string Of(Lexicon lexicon, IReadOnlyList<LabelledText> examples)
    {
        var text = new StringBuilder(FeatureVersion).Append('\n').Append(JsonSerializer.Serialize(lexicon, LexiconLoader.Options)).Append('\n');
        foreach (var example in examples)
        {
            text.Append(example.FocusPoint).Append('\t').Append(example.Phase).Append('\t').Append(example.Also).Append('\t').Append(example.Text).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
