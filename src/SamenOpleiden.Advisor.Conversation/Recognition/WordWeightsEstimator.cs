namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>A labelled example as features: what the text says, its label, its defensible neighbour and how much it counts.</summary>
internal sealed record FeatureExample(IReadOnlyList<WordFeature> Features, int Phase, int? Also, double Weight = 1);

/// <summary>
/// Estimates <see cref="WordWeights"/> from labelled examples by multinomial logistic regression with an L2
/// penalty (so a word seen once cannot decide much), each example counting its weight, full-batch AdaGrad, a
/// fixed number of rounds in a fixed order: the same examples always give the same weights. An example's target
/// is its phase, with a share for its "also" phase, and a little for the neighbouring phase of a clear phase 1
/// or 3, so that the weights never become so sure of one end that a text of the other end is read two phases off.
/// </summary>
internal static class WordWeightsEstimator
{
    private const int Rounds = 150;
    private const double LearningRate = 0.3;
    private const double Penalty = 0.001;

    /// <summary>The share of the target for a defensible neighbouring phase ("also").</summary>
    private const double AlsoShare = 0.3;

    /// <summary>The share of the target for the middle phase of a clear phase 1 or 3 (and for either end of a clear phase 2).</summary>
    private const double NeighbourShare = 0.1;

    /// <summary>Weights this small say nothing and are not kept.</summary>
    private const double Negligible = 0.0005;

    public static WordWeights Estimate(IReadOnlyList<FeatureExample> examples, string source)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = examples.Select(e => e.Features
            .GroupBy(f => f.Key, StringComparer.Ordinal)
            .Select(g => (Index: IndexOf(index, g.Key), Value: g.Sum(f => f.Value)))
            .ToArray()).ToArray();
        var targets = examples.Select(Target).ToArray();
        var totalWeight = examples.Sum(e => e.Weight);
        var w = new double[index.Count * 3];
        var squares = new double[w.Length];
        var gradient = new double[w.Length];
        var bias = new double[3];
        var biasSquares = new double[3];
        var biasGradient = new double[3];
        for (var round = 0; round < Rounds; round++)
        {
            Array.Clear(gradient);
            Array.Clear(biasGradient);
            for (var e = 0; e < rows.Length; e++)
            {
                var p = Probabilities(rows[e], w, bias);
                for (var k = 0; k < 3; k++)
                {
                    var error = examples[e].Weight * (p[k] - targets[e][k]) / totalWeight;
                    biasGradient[k] += error;
                    foreach (var (i, v) in rows[e])
                    {
                        gradient[i * 3 + k] += error * v;
                    }
                }
            }

            for (var j = 0; j < w.Length; j++)
            {
                Step(ref w[j], ref squares[j], gradient[j] + Penalty * w[j]);
            }

            for (var k = 0; k < 3; k++)
            {
                Step(ref bias[k], ref biasSquares[k], biasGradient[k]);
            }
        }

        var weights = index
            .Select(x => (x.Key, Weight: new[] { w[x.Value * 3], w[x.Value * 3 + 1], w[x.Value * 3 + 2] }))
            .Where(x => x.Weight.Any(v => Math.Abs(v) >= Negligible))
            .ToDictionary(x => x.Key, x => x.Weight, StringComparer.Ordinal);
        return new WordWeights(weights, bias, source);
    }

    /// <summary>An AdaGrad step: each weight's step shrinks with the gradients it has seen.</summary>
    private static void Step(ref double weight, ref double squares, double gradient)
    {
        squares += gradient * gradient;
        weight -= LearningRate * gradient / (Math.Sqrt(squares) + 1e-8);
    }

    private static int IndexOf(Dictionary<string, int> index, string key)
    {
        if (!index.TryGetValue(key, out var i))
        {
            index[key] = i = index.Count;
        }

        return i;
    }

    private static double[] Target(FeatureExample example)
    {
        var target = new double[3];
        if (example.Also is { } also)
        {
            target[example.Phase - 1] = 1 - AlsoShare;
            target[also - 1] = AlsoShare;
        }
        else if (example.Phase == 2)
        {
            (target[0], target[1], target[2]) = (NeighbourShare / 2, 1 - NeighbourShare, NeighbourShare / 2);
        }
        else
        {
            target[example.Phase - 1] = 1 - NeighbourShare;
            target[1] = NeighbourShare;
        }

        return target;
    }

    private static double[] Probabilities((int Index, double Value)[] row, double[] w, double[] bias)
    {
        var z = (double[])bias.Clone();
        foreach (var (i, v) in row)
        {
            for (var k = 0; k < 3; k++)
            {
                z[k] += w[i * 3 + k] * v;
            }
        }

        return WordWeights.Softmax(z);
    }
}
