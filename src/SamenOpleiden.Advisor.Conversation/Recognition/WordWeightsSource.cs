using System.Security.Cryptography;
using System.Text;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// The fingerprint of what the word weights are learned from: <c>lexicon.json</c> (its negations, hedges and the
/// rest decide how each word is read), the example files in <c>examples/</c> with their weights, and the version of the way
/// features are made. Weights whose fingerprint differs were learned from something else and must be learned
/// again. The files are hashed as text with their line ends made equal, so a checkout with other line ends
/// keeps its weights; nothing is parsed, so checking costs a few milliseconds at start-up.
/// </summary>
internal static class WordWeightsSource
{
    /// <summary>Raise when <see cref="WordFeatures"/>, the reading of words in their place or <see cref="WordWeightsEstimator"/> changes.</summary>
    private const string FeatureVersion = "word-features 3";

    public static string Of(string rulesDirectory)
    {
        var examples = Path.Combine(rulesDirectory, LexiconLoader.ExamplesFolder);
        var files = new[] { Path.Combine(rulesDirectory, LexiconLoader.FileName) }
            .Concat(Directory.Exists(examples) ? Directory.GetFiles(examples, "*.jsonl").Order(StringComparer.Ordinal) : [])
            .Append(Path.Combine(examples, ExampleWeights.FileName));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(FeatureVersion + "\n"));
        foreach (var file in files.Where(File.Exists))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n" + File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
