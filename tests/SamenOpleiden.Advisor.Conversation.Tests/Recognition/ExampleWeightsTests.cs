using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;
using SamenOpleiden.Advisor.Core.Rules;

namespace SamenOpleiden.Advisor.Conversation.Tests.Recognition;

/// <summary>An example file named in <c>rules/examples/weights.json</c> counts that much when the word weights are learned.</summary>
public sealed class ExampleWeightsTests
{
    /// <summary>Two files that disagree about a word the lexicon does not have ("klaproos"): one says phase 1, the other phase 3.</summary>
    private static RulesCopy Disagreeing()
    {
        var rules = new RulesCopy();
        rules.WriteExamples("een.jsonl", [.. Enumerable.Range(0, 6).Select(i => $$"""{"id": "e{{i}}", "focusPoint": "kwaliteit", "phase": 1, "text": "Bij ons gaat het volgens klaproos, school {{i}}."}""")]);
        rules.WriteExamples("drie.jsonl", [.. Enumerable.Range(0, 6).Select(i => $$"""{"id": "d{{i}}", "focusPoint": "kwaliteit", "phase": 3, "text": "Bij ons gaat het volgens klaproos, school {{i}}."}""")]);
        return rules;
    }

    private static int ReadAfterLearning(RulesCopy rules, string weights)
    {
        File.WriteAllText(Path.Combine(rules.ExamplesDirectory, ExampleWeights.FileName), weights);
        WordWeightsLearner.Learn(rules.Directory, TestRules.Typology);
        var recognizer = new PhaseRecognizer(TestRules.Typology, LexiconLoader.Load(rules.Directory, TestRules.Typology));
        return recognizer.Recognise("kwaliteit", "Het kwaliteitswerk gaat hier helemaal volgens klaproos.").Phase ?? 0;
    }

    [Theory]
    [InlineData("""{"drie.jsonl": 0.25}""", 1)]
    [InlineData("""{"een.jsonl": 0.25}""", 3)]
    public void FileWithAQuarterWeight_TeachesLessThanTheFileThatCountsFully(string weights, int phase)
    {
        using var rules = Disagreeing();

        Assert.Equal(phase, ReadAfterLearning(rules, weights));
    }

    [Fact]
    public void ChangedWeight_RefusesTheLearnedWeightsUntilLearnedAgain()
    {
        using var rules = Disagreeing();
        ReadAfterLearning(rules, """{"drie.jsonl": 0.25}""");

        File.WriteAllText(Path.Combine(rules.ExamplesDirectory, ExampleWeights.FileName), """{"drie.jsonl": 0.5}""");

        Assert.Contains("recognise --learn", Assert.Throws<RuleSetException>(() => LexiconLoader.Load(rules.Directory, TestRules.Typology)).Message);
    }

    [Theory]
    [InlineData("""{"drie.jsonl": 0}""", "examples/weights.json, regel 'drie.jsonl': een gewicht is een getal groter dan 0 en hooguit 1")]
    [InlineData("""{"drie.jsonl": "kwart"}""", "examples/weights.json, regel 'drie.jsonl': een gewicht is een getal groter dan 0 en hooguit 1")]
    [InlineData("""{"vier.jsonl": 0.5}""", "examples/weights.json, regel 'vier.jsonl': geen voorbeeldbestand (*.jsonl) in deze map")]
    public void WeightThatIsNotValid_IsRefusedInDutch_NamingTheFile(string weights, string problem)
    {
        using var rules = Disagreeing();
        File.WriteAllText(Path.Combine(rules.ExamplesDirectory, ExampleWeights.FileName), weights);

        var refused = Assert.Throws<RuleSetException>(() => WordWeightsLearner.Learn(rules.Directory, TestRules.Typology));

        Assert.Equal(problem, Assert.Single(refused.Problems).ToString());
        Assert.Contains(problem, LexiconValidator.ValidateDirectory(rules.Directory).Select(p => p.ToString()));
    }
}
