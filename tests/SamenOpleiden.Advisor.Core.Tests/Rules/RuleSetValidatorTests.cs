using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Tests.Support;
using SamenOpleiden.Advisor.Rules;

namespace SamenOpleiden.Advisor.Core.Tests.Rules;

public class RuleSetValidatorTests
{
    [Fact]
    public void Validate_TheRepositoryRules_AreValidAndCoverEverySampledAnswerSet()
    {
        var report = RuleSetValidator.Validate(TestRules.Directory, AdvisorRuleSet.Assembly, samples: 2000);

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Problems));
        Assert.Equal(2000, report.SampledPatterns);
        Assert.True(report.EdgePatterns >= 4 * 11 * 3);
    }

    // Each row breaks a copy of rules/ in one way a coordinator could, and names the file, the rule (if any) and words of the message.
    [Theory]
    [InlineData("typology.json", "\"Ieder voor zich\", ", "", "typology.json", null, "drie fasen een beschrijving")]
    [InlineData("typology.json", "\"question\": \"Hoe zien de formele", "\"vraag\": \"Hoe zien de formele", "typology.json", null, "geen vraag")]
    [InlineData("advice/relaties.json", "\"transition\": \"2-3\"", "\"transition\": \"2-4\"", "advice/relaties.json", "relaties-2-naar-3", "'transition' moet")]
    [InlineData("advice/loopbaan.json", "\"transition\": \"3\"", "\"transition\": \"2-3\"", "advice", null, "geen advies voor vasthouden en verdiepen")]
    [InlineData("advice/financien.json", "\"horizon\": \"dit schooljaar\"", "\"horizon\": \"binnenkort\"", "advice/financien.json", "financien-1-naar-2", "'horizon' moet")]
    [InlineData("advice/financien.json", "\"items\": [", "\"items\": [[", "advice/financien.json", null, "geen geldige JSON")]
    [InlineData("workflows/Consistency.json", "phase[\\\"financien\\\"] == 3", "phase[\\\"financieen\\\"] == 3", "workflows/Consistency.json", "FinancienVoorOpOrganisatiestructuur", "onbekend focuspunt 'financieen'")]
    [InlineData("workflows/Priority.json", "c.IsAmbition\"", "c.IsAmbitie\"", "workflows/Priority.json", "AmbitieVanDeRegio", "klopt niet")]
    [InlineData("workflows/Priority.json", "c.Kind == \\\"deepen\\\"", "c.Kind == ", "workflows/Priority.json", "VerdiepenNaOntwikkelen", "klopt niet")]
    [InlineData("workflows/ExtraAdvice.json", "\"advice\": \"deeltijd-inbedden\"", "\"advice\": \"deeltijd-inbeden\"", "workflows/ExtraAdvice.json", "DeeltijdNietStructureelBinnen", "onbekend advies")]
    [InlineData("workflows/RegionPhase.json", "\"WorkflowName\": \"RegionPhase\"", "\"WorkflowName\": \"Regiofase\"", "workflows/RegionPhase.json", null, "'WorkflowName' moet")]
    [InlineData("roadmap.json", "\"focusPoint\": \"loopbaan\"", "\"focusPoint\": \"loopbaantje\"", "roadmap.json", "LoopbaanNaHr", "onbekend focuspunt 'loopbaantje'")]
    [InlineData("workflows/Phase.json", "\"Expression\": \"a.Chosen > 0\"", "\"Expression\": \"a.Chosen > 5\"", "workflows/", null, "kreeg geen fase")]
    public void Validate_BrokenFile_NamesTheFileTheRuleAndTheFault(string file, string find, string replace, string expectedFile, string? expectedRule, string expectedText)
    {
        var copy = TestRules.CopyToTemp();
        var path = Path.Combine(copy, file);
        var original = File.ReadAllText(path);
        Assert.Contains(find, original);
        File.WriteAllText(path, original.Replace(find, replace));

        var report = RuleSetValidator.Validate(copy, AdvisorRuleSet.Assembly, samples: 50);

        Assert.False(report.IsValid);
        Assert.Contains(report.Problems, p => p.File == expectedFile && p.Rule == expectedRule && p.Message.Contains(expectedText));
    }

    [Fact]
    public void LoadCompiled_MissingDirectory_ThrowsSayingSo()
    {
        var error = Assert.Throws<RuleSetException>(() => RuleSetLoader.LoadCompiled("/nonexistent/rules", AdvisorRuleSet.Assembly));

        Assert.Contains("bestaat niet", error.Message);
    }
}
