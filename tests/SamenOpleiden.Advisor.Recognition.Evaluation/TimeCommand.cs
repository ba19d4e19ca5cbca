using System.Diagnostics;
using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Core.Rules;

namespace SamenOpleiden.Advisor.Recognition.Evaluation;

/// <summary>
/// <c>recognise --time</c>: what reading one answer costs, on every text of the learn parts, against a baseline
/// measured in the same run: the same recogniser without word weights (the phrases alone, as in the first round).
/// Also the start-up cost of loading the lexicon with its weights. Prints microseconds per text and the ratio.
/// </summary>
internal static class TimeCommand
{
    private const int Rounds = 5;

    public static int Run(string rulesDirectory, string examplesDirectory)
    {
        try
        {
            var typology = RuleSetLoader.LoadTypology(rulesDirectory);
            var load = Stopwatch.StartNew();
            var lexicon = LexiconLoader.Load(rulesDirectory, typology);
            var loadTime = load.Elapsed;

            var texts = EvaluationSets.LearnParts
                .SelectMany(s => EvaluationSets.Load(s, typology, EvaluationSets.DefaultDataDirectory, examplesDirectory))
                .ToList();
            var withWeights = new PhaseRecognizer(typology, lexicon);
            var phrasesOnly = new PhaseRecognizer(typology, lexicon.WithoutWordWeights());
            var (baseline, measured) = (double.MaxValue, double.MaxValue);
            for (var round = 0; round <= Rounds; round++)
            {
                // Alternating rounds see the same load on a shared machine; the first round warms up and does not count.
                var (b, m) = (PerText(phrasesOnly, texts), PerText(withWeights, texts));
                (baseline, measured) = round == 0 ? (baseline, measured) : (Math.Min(baseline, b), Math.Min(measured, m));
            }

            Console.WriteLine($"texts: {texts.Count}, {Rounds} alternating rounds each, the best round counts");
            Console.WriteLine($"phrases only (baseline): {baseline:F1} µs per text");
            Console.WriteLine($"phrases and word weights: {measured:F1} µs per text ({measured / baseline:F2}x the baseline)");
            Console.WriteLine($"loading lexicon.json and word-weights.json (with the fingerprint of the examples): {loadTime.TotalMilliseconds:F0} ms");
            return 0;
        }
        catch (RuleSetException e)
        {
            Console.Error.WriteLine($"The rules in {rulesDirectory} are not valid (run 'rules validate'):{Environment.NewLine}{e.Message}");
            return 1;
        }
    }

    /// <summary>Microseconds per text over one round of all <paramref name="texts"/>.</summary>
    private static double PerText(IPhaseRecognizer recognizer, IReadOnlyList<LabelledText> texts)
    {
        var watch = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            recognizer.Recognise(text.FocusPoint, text.Text);
        }

        return watch.Elapsed.TotalMicroseconds / texts.Count;
    }
}
