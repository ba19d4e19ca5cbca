using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;
using SamenOpleiden.Advisor.Core.Rules;

namespace SamenOpleiden.Advisor.Conversation.Tests.Recognition;

/// <summary>
/// The word weights learned from the labelled examples: the committed file is what learning gives, learning is
/// repeatable, and weights learned from another lexicon or other examples are refused with a Dutch instruction.
/// </summary>
public sealed class WordWeightsTests
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
    public void Learn_WritesWeightsThatLoad_AndAChangedLexiconRefusesThemUntilLearnedAgain()
    {
        using var rules = new RulesCopy();
        File.WriteAllLines(Path.Combine(rules.Directory, LexiconLoader.ExamplesFolder, "learn.jsonl"),
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
    public void ValidateDirectory_ExampleNotWellFormed_NamesFileAndLine()
    {
        using var rules = new RulesCopy();
        File.WriteAllText(Path.Combine(rules.Directory, LexiconLoader.ExamplesFolder, "extra.jsonl"), """{"id": "x", "focusPoint": "koffie", "phase": 1, "text": "t"}""" + "\n");

        var problems = LexiconValidator.ValidateDirectory(rules.Directory);

        Assert.Contains(problems, p => p.File == "examples/extra.jsonl" && p.Message.Contains("regel 1") && p.Message.Contains("onbekend focuspunt 'koffie'"));
        Assert.Contains(problems, p => p.File == "word-weights.json");
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

    /// <summary>A copy of the repository's rules in a temporary folder, removed afterwards.</summary>
    private sealed class RulesCopy : IDisposable
    {
        public RulesCopy()
        {
            Directory = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}");
            foreach (var file in System.IO.Directory.GetFiles(TestRules.RulesDirectory, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Directory, Path.GetRelativePath(TestRules.RulesDirectory, file));
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            foreach (var example in System.IO.Directory.GetFiles(Path.Combine(Directory, LexiconLoader.ExamplesFolder)))
            {
                File.Delete(example);
            }
        }

        public string Directory { get; }

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }
}
