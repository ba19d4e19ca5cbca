namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// How much each word, as read in its place, points at phase 1, 2 and 3: learned from the labelled examples in
/// <c>rules/examples/</c> (<see cref="WordWeightsEstimator"/>) and kept in <c>rules/word-weights.json</c>. A text's
/// words add up to a probability per phase; the words that add most to a phase are what a proposal quotes.
/// </summary>
internal sealed class WordWeights(IReadOnlyDictionary<string, double[]> weights, double[] bias, string source)
{
    /// <summary>Per feature key (<see cref="WordFeature.Key"/>) the weight for phase 1, 2 and 3.</summary>
    public IReadOnlyDictionary<string, double[]> Weights { get; } = weights;

    /// <summary>Per phase what a text without known words starts from.</summary>
    public double[] Bias { get; } = bias;

    /// <summary>The fingerprint of the lexicon and the examples the weights were learned from (<see cref="WordWeightsSource"/>).</summary>
    public string Source { get; } = source;

    /// <summary>What the words of a text say: a probability per phase and the words that say it (those at positions <paramref name="quotable"/> may be quoted).</summary>
    public LearnedReading Read(IReadOnlyList<WordFeature> features, Func<int, bool> quotable)
    {
        var z = (double[])Bias.Clone();
        var known = new List<(WordFeature Feature, double[] Weight)>();
        foreach (var feature in features)
        {
            if (Weights.TryGetValue(feature.Key, out var w))
            {
                known.Add((feature, w));
                for (var k = 0; k < 3; k++)
                {
                    z[k] += w[k] * feature.Value;
                }
            }
        }

        return new LearnedReading(Softmax(z), known, quotable);
    }

    public static double[] Softmax(double[] z)
    {
        var max = z.Max();
        var e = z.Select(v => Math.Exp(v - max)).ToArray();
        var sum = e.Sum();
        return [.. e.Select(v => v / sum)];
    }
}

/// <summary>What the learned word weights make of a text.</summary>
/// <param name="Probabilities">Per phase (index 0-2) how likely the text describes it.</param>
/// <param name="Known">The text's features that have a weight, with that weight.</param>
/// <param name="Quotable">Whether the word at a position may be quoted (not a function word).</param>
internal sealed record LearnedReading(double[] Probabilities, IReadOnlyList<(WordFeature Feature, double[] Weight)> Known, Func<int, bool> Quotable)
{
    /// <summary>How many of the text's words have a weight, function words not counted.</summary>
    public int KnownWords => Known.Select(k => k.Feature.Position).Where(Quotable).Distinct().Count();

    /// <summary>
    /// Per word (its position) how much more it points at <paramref name="phase"/> than at the other phases, for
    /// the words that point at it and may be quoted, strongest first.
    /// </summary>
    public IReadOnlyList<(int Position, double Lift)> WordsFor(int phase) => Known
        .Where(k => Quotable(k.Feature.Position))
        .GroupBy(k => k.Feature.Position)
        .Select(g => (Position: g.Key, Lift: g.Sum(k => k.Feature.Value * (k.Weight[phase - 1] - Math.Max(k.Weight[phase % 3], k.Weight[(phase + 1) % 3])))))
        .Where(x => x.Lift > 0)
        .OrderByDescending(x => x.Lift)
        .ToList();
}
