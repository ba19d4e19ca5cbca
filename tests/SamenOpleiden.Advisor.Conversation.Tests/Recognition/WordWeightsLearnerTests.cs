using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;
using SamenOpleiden.Advisor.Core.Rules;

namespace SamenOpleiden.Advisor.Conversation.Tests.Recognition;

/// <summary>
/// The word weights learned from the labelled examples: the committed file is what learning gives, learning is
/// repeatable and teaches the reader words the lexicon does not have, and weights learned from another lexicon
/// or other examples are refused with a Dutch instruction to learn them again.
/// </summary>
public sealed class WordWeightsLearnerTests
{
    [Fact]
    public void CommittedWeights_AreWhatLearningFromTheCommittedExamplesGives()
    {
        var committed = TestRules.Lexicon.Weights!;
        var (examples, problems) = LexiconLoader.ReadExamples(TestRules.RulesDirectory, TestRules.Typology);
        Assert.Empty(problems);

        var learned = WordWeightsLearner.Estimate(TestRules.Lexicon, examples, committed.Source);

        Assert.Equal(committed.Weights.Count, learned.Weights.Count);
        Assert.All(learned.Weights, w => Assert.Equal(w.Value, committed.Weights[w.Key], (a, b) => Math.Abs(a - b) < 1e-3));
        Assert.Equal(committed.Bias, learned.Bias, (a, b) => Math.Abs(a - b) < 1e-3);
    }

    [Fact]
    public void Learn_WordsTheLexiconDoesNotHave_AreReadAfterwardsAsTheExamplesTaught()
    {
        using var rules = new RulesCopy();
        // "klaproos" and "paardenbloem" are in no phrase of the lexicon; only the examples say what they mean here.
        rules.WriteExamples("bloemen.jsonl",
        [
            .. Enumerable.Range(0, 6).Select(i => $$"""{"id": "k{{i}}", "focusPoint": "kwaliteit", "phase": 1, "text": "Bij ons gaat het volgens klaproos, klaproos is hoe wij werken, school {{i}}."}"""),
            .. Enumerable.Range(0, 6).Select(i => $$"""{"id": "p{{i}}", "focusPoint": "kwaliteit", "phase": 3, "text": "Bij ons gaat het volgens paardenbloem, paardenbloem is hoe wij werken, school {{i}}."}"""),
        ]);
        var phrasesOnly = new PhaseRecognizer(TestRules.Typology, TestRules.Lexicon.WithoutWordWeights());

        WordWeightsLearner.Learn(rules.Directory, TestRules.Typology);
        var learned = new PhaseRecognizer(TestRules.Typology, LexiconLoader.Load(rules.Directory, TestRules.Typology));

        Assert.Equal(RecognitionKind.Unsure, phrasesOnly.Recognise("kwaliteit", "Het kwaliteitswerk gaat hier helemaal volgens paardenbloem.").Kind);
        Assert.Equal(3, learned.Recognise("kwaliteit", "Het kwaliteitswerk gaat hier helemaal volgens paardenbloem.").Phase);
        Assert.Equal(1, learned.Recognise("kwaliteit", "Het kwaliteitswerk gaat hier helemaal volgens klaproos.").Phase);
    }

    [Fact]
    public void Learn_WritesWeightsThatLoad_AndAChangedLexiconRefusesThemUntilLearnedAgain()
    {
        using var rules = new RulesCopy();
        rules.WriteExamples("learn.jsonl",
        [
            """{"id": "a", "focusPoint": "financien", "phase": 1, "also": null, "kind": "plain", "text": "Elk bestuur houdt zijn geld voor zichzelf."}""",
            """{"id": "b", "focusPoint": "financien", "phase": 3, "also": null, "kind": "plain", "text": "Alle besturen storten in één regionaal fonds."}""",
        ]);

        var (examples, words) = WordWeightsLearner.Learn(rules.Directory, TestRules.Typology);
        var loaded = LexiconLoader.Load(rules.Directory, TestRules.Typology);
        File.AppendAllText(Path.Combine(rules.Directory, LexiconLoader.FileName), "\n");
        var refused = Assert.Throws<RuleSetException>(() => LexiconLoader.Load(rules.Directory, TestRules.Typology));

        Assert.Equal(2, examples);
        Assert.True(words > 0);
        Assert.NotNull(loaded.Weights);
        Assert.Contains("word-weights.json", refused.Message);
        Assert.Contains("recognise --learn", refused.Message);
    }

    [Fact]
    public void Learn_ExampleNotWellFormed_IsRefusedInDutch_AndWritesNothing()
    {
        using var rules = new RulesCopy();
        rules.WriteExamples("eigen.jsonl", """{"id": "x", "focusPoint": "kwaliteit", "phase": 4, "text": "t"}""");
        var weights = Path.Combine(rules.Directory, "word-weights.json");
        var before = File.ReadAllText(weights);

        var refused = Assert.Throws<RuleSetException>(() => WordWeightsLearner.Learn(rules.Directory, TestRules.Typology));

        Assert.Equal("examples/eigen.jsonl: regel 1: fase 4 is niet 1-3", Assert.Single(refused.Problems).ToString());
        Assert.Equal(before, File.ReadAllText(weights));
    }

    [Fact]
    public void Estimate_SameExamplesTwice_GivesTheSameWeights()
    {
        var (examples, _) = LexiconLoader.ReadExamples(TestRules.RulesDirectory, TestRules.Typology);
        var some = examples.Where((_, i) => i % 10 == 0).ToList();

        var first = WordWeightsLearner.Estimate(TestRules.Lexicon, some, "s");
        var second = WordWeightsLearner.Estimate(TestRules.Lexicon, some, "s");

        Assert.Equal(first.Weights.Keys.Order(), second.Weights.Keys.Order());
        Assert.All(first.Weights, w => Assert.Equal(w.Value, second.Weights[w.Key]));
    }
}
