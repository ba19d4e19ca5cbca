using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Tests.TestSupport;
using SamenOpleiden.Advisor.Rules;

namespace SamenOpleiden.Advisor.Core.Tests.Rules;

public class RuleSetValidatorTests
{
    [Fact]
    public void Validate_TheRepositoryRules_AreValidCoverEverySampledAnswerSetAndEachFiresSomewhere()
    {
        var report = RuleSetValidator.Validate(TestRules.Directory, AdvisorRuleSet.Assembly, samples: 2000);

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Problems));
        Assert.Equal(2000, report.SampledPatterns);
        Assert.True(report.EdgePatterns >= 4 * 11 * 3);
        Assert.True(report.RuleCount > 40, $"{report.RuleCount} rules");
        Assert.Empty(report.NeverFired);
    }

    // Each row breaks a copy of rules/ in one way a coordinator could, and names the file, the rule (if any) and words of the message.
    [Theory]
    [InlineData("typology.json", "\"Ieder voor zich\", ", "", "typology.json", null, "drie fasen een beschrijving")]
    [InlineData("typology.json", "\"question\": \"Hoe zien de formele", "\"vraag\": \"Hoe zien de formele", "typology.json", null, "geen vraag")]
    [InlineData("typology.json", "\"explanation\": \"Het gaat om het geld", "\"uitleg\": \"Het gaat om het geld", "typology.json", null, "focuspunt 'financien' heeft geen uitleg")]
    [InlineData("advice/relaties.json", "\"transition\": \"2-3\"", "\"transition\": \"2-4\"", "advice/relaties.json", "relaties-2-naar-3", "'transition' moet")]
    [InlineData("advice/loopbaan.json", "\"transition\": \"3\"", "\"transition\": \"2-3\"", "advice", null, "geen advies voor vasthouden en verdiepen")]
    [InlineData("advice/financien.json", "\"lead\": \"penvoerder\",", "\"horizon\": \"dit schooljaar\", \"lead\": \"penvoerder\",", "advice/financien.json", "financien-1-naar-2", "'horizon' staat niet meer")]
    [InlineData("advice/financien.json", "\"lead\": \"penvoerder\",", "\"lead\": \"bestuurders\",", "advice/financien.json", "financien-1-naar-2", "de trekker 'bestuurders' staat ook in 'who'")]
    [InlineData("advice/financien.json", "\"items\": [", "\"items\": [[", "advice/financien.json", null, "geen geldige JSON")]
    [InlineData("consistency.json", "\"focusPoint\": \"financien\"", "\"focusPoint\": \"financieen\"", "consistency.json", "FinancienVoorOpOrganisatiestructuur", "onbekend focuspunt 'financieen'")]
    [InlineData("profile-advice.json", "\"advice\": \"route-deeltijd\"", "\"advice\": \"route-deeltijt\"", "profile-advice.json", "DeeltijdInTekortregio", "onbekend advies 'route-deeltijt'")]
    [InlineData("profile-advice.json", "\"when\": [\"krimp\"]", "\"when\": [\"krimpp\"]", "profile-advice.json", "KrimpregioPlaatsingEerst", "onbekende voorwaarde 'krimpp'")]
    [InlineData("profile-advice.json", "\"advice\": \"voltijd-dekken\"", "\"advice\": \"lerende-centraal-1-naar-2\"", "profile-advice.json", "VoltijdNietInPartnerschappen", "algemene advies van een overgang")]
    [InlineData("priority.json", "\"Priority.AmbitieVanDeRegio\": 50", "\"Priority.AmbitieVanDeRegion\": 50", "priority.json", "Priority.AmbitieVanDeRegion", "noemt een regel die niet bestaat")]
    [InlineData("priority.json", "\"Priority.AmbitieVanDeRegio\": 50", "\"Priority.AmbitieVanDeRegion\": 50", "Priority/AmbitieVanDeRegio.cs", "AmbitieVanDeRegio", "geen gewicht voor regel 'Priority.AmbitieVanDeRegio'")]
    [InlineData("priority.json", "\"id\": \"FundamentKwaliteit\"", "\"id\": \"FundamentRegie\"", "priority.json", "FundamentRegie", "komt twee keer voor")]
    [InlineData("roadmap.json", "\"focusPoint\": \"loopbaan\"", "\"focusPoint\": \"loopbaantje\"", "roadmap.json", "LoopbaanNaHr", "onbekend focuspunt 'loopbaantje'")]
    [InlineData("roadmap.json", "\"max\": 3", "\"max\": 5", "roadmap.json", null, "stap 1: 'max' moet tussen 1 en 3")]
    [InlineData("typering.json", "{achterblijvers}.", "{achterblijver}.", "typering.json", null, "onbekende plaatshouder {achterblijver}")]
    public void Validate_BrokenFile_NamesTheFileTheRuleAndTheFault(string file, string find, string replace, string expectedFile, string? expectedRule, string expectedText)
    {
        var copy = Break(file, find, replace);

        var report = RuleSetValidator.Validate(copy, AdvisorRuleSet.Assembly, samples: 50);

        Assert.False(report.IsValid);
        Assert.Contains(report.Problems, p => p.File == expectedFile && p.Rule == expectedRule && p.Message.Contains(expectedText));
    }

    [Fact]
    public void Validate_StepsThatTakeNoAdvice_FailCoverageNamingTheAnswers()
    {
        var copy = Break("roadmap.json", "\"minScore\": 0 }", "\"minScore\": 1000 }");
        var path = Path.Combine(copy, "roadmap.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"minScore\": -20 }", "\"minScore\": 1000 }").Replace("\"minScore\": null }", "\"minScore\": 1000 }"));

        var report = RuleSetValidator.Validate(copy, AdvisorRuleSet.Assembly, samples: 10);

        Assert.Null(report.Evaluator);
        Assert.Contains(report.Problems, p => p.Message.StartsWith("de routekaart heeft geen enkel advies; antwoorden: kwaliteit=", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadCompiled_MissingDirectory_ThrowsSayingSo()
    {
        var error = Assert.Throws<RuleSetException>(() => RuleSetLoader.LoadCompiled("/nonexistent/rules", AdvisorRuleSet.Assembly));

        Assert.Contains("bestaat niet", error.Message);
    }

    private static string Break(string file, string find, string replace)
    {
        var copy = TestRules.CopyToTemp();
        var path = Path.Combine(copy, file);
        var original = File.ReadAllText(path);
        Assert.Contains(find, original);
        File.WriteAllText(path, original.Replace(find, replace));
        return copy;
    }
}
