using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Conversation.Tests.Recognition;

public sealed class LexiconValidatorTests
{
    [Fact]
    public void Validate_RepositoryLexicon_HasNoProblems()
    {
        Assert.Empty(LexiconValidator.Validate(TestRules.Lexicon, TestRules.Typology));
        Assert.Empty(LexiconValidator.ValidateDirectory(TestRules.RulesDirectory));
    }

    [Fact]
    public void Validate_UnknownFocusPoint_NamesIt()
    {
        var lexicon = TestRules.Lexicon with { FocusPoints = new Dictionary<string, FocusPointLexicon> { ["koffie"] = new() } };

        var problem = Assert.Single(LexiconValidator.Validate(lexicon, TestRules.Typology));

        Assert.Equal("focusPoints.koffie", problem.Rule);
        Assert.Contains("onbekend focuspunt 'koffie'", problem.Message);
    }

    [Fact]
    public void Validate_PhraseInTwoPhasesOrPhaseOutOfRange_ReportsBoth()
    {
        var lexicon = TestRules.Lexicon with
        {
            Phrases = new Dictionary<string, IReadOnlyList<string>> { ["1"] = ["ad hoc"], ["2"] = ["Ad-hoc"], ["4"] = ["later"] },
        };

        var problems = LexiconValidator.Validate(lexicon, TestRules.Typology);

        Assert.Contains(problems, p => p.Message.Contains("staat ook bij fase 1"));
        Assert.Contains(problems, p => p.Rule == "phrases.4");
    }

    [Fact]
    public void ValidateFile_BrokenJson_ReportsFileAndReason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"negations\": [ ");
        try
        {
            var (lexicon, problems) = LexiconValidator.ValidateFile(path, TestRules.Typology);

            Assert.Null(lexicon);
            Assert.Contains("geen geldige JSON", Assert.Single(problems).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ValidateDirectory_ExampleNotWellFormed_NamesFileLineAndFault_AndThatTheWeightsMustBeLearnedAgain()
    {
        using var rules = new RulesCopy();
        rules.WriteExamples("extra.jsonl", """{"id": "x", "focusPoint": "koffie", "phase": 1, "text": "t"}""");

        var problems = LexiconValidator.ValidateDirectory(rules.Directory);

        Assert.Contains(problems, p => p.File == "examples/extra.jsonl" && p.Message == "regel 1: onbekend focuspunt 'koffie'");
        Assert.Contains(problems, p => p.File == "word-weights.json" && p.Message.Contains("draai 'recognise --learn'"));
    }
}
