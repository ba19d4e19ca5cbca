using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// <c>recognise --learn</c>: learns the word weights from the labelled examples in <c>rules/examples/</c>, each
/// text read with the lexicon the way the recogniser reads an answer, and writes <c>rules/word-weights.json</c>.
/// Run it after adding examples or changing the lexicon; <c>rules validate</c> says when it is needed.
/// </summary>
public static class WordWeightsLearner
{
    /// <summary>Learns and writes the weights; throws <see cref="RuleSetException"/> when the lexicon or an example is not valid.</summary>
    public static (int Examples, int Words) Learn(string rulesDirectory, TypologyModel typology)
    {
        var (lexicon, problems) = LexiconValidator.ValidateFile(Path.Combine(rulesDirectory, LexiconLoader.FileName), typology);
        var (examples, exampleProblems) = LexiconLoader.ReadExamples(rulesDirectory, typology);
        if (lexicon is null || problems.Count > 0 || exampleProblems.Count > 0)
        {
            throw new RuleSetException([.. problems, .. exampleProblems]);
        }

        var weights = Estimate(lexicon, examples, WordWeightsSource.Of(rulesDirectory));
        WordWeightsFile.Write(Path.Combine(rulesDirectory, WordWeightsFile.FileName), weights);
        return (examples.Count, weights.Weights.Count);
    }

    /// <summary>The weights <paramref name="examples"/> teach, each read with <paramref name="lexicon"/>, marked as learned from <paramref name="source"/>.</summary>
    internal static WordWeights Estimate(Lexicon lexicon, IReadOnlyList<LabelledText> examples, string source)
    {
        var reader = new SituationReader(new CompiledLexicon(lexicon), null);
        var features = examples.Select(e => new FeatureExample(WordFeatures.Of(e.FocusPoint, reader.Analyse(e.FocusPoint, e.Text)), e.Phase, e.Also, e.Weight)).ToList();
        return WordWeightsEstimator.Estimate(features, source);
    }
}
