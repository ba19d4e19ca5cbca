using System.Text.Json;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;
using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Conversation.Tests.Dialog;

public sealed class CaseConversationTests
{
    [Theory]
    [MemberData(nameof(CaseScript.All), MemberType = typeof(CaseScript))]
    public async Task HandleAsync_CaseAnsweredInOwnWords_ReachesExpectedPhasesAndRulesAdvice(string caseName)
    {
        var script = CaseScript.Named(caseName);
        var store = new InMemoryConversationStore();
        var chat = new ChatDriver(store);

        await script.RunToResultAsync(chat);

        var result = Assert.Single(chat.Last.OfType<ResultReply>());
        foreach (var focusPoint in TestRules.Typology.FocusPoints)
        {
            var fact = Assert.Single(result.Phases, f => string.Equals(f.Label, focusPoint.ShortName, StringComparison.OrdinalIgnoreCase));
            var (expected, also) = script.Expected(focusPoint.Id);
            Assert.True(fact.Value == $"fase {expected}" || (also is { } a && fact.Value == $"fase {a}"), $"{focusPoint.Id}: {fact.Value}");
        }

        var assessment = Assert.Single(store.Assessments);
        var input = JsonSerializer.Deserialize<AssessmentInput>(assessment.InputJson, AssessmentJson.Options)!;
        var rules = TestRules.Evaluator.Evaluate(input);
        Assert.Equal(AssessmentJson.Serialize(rules), assessment.ResultJson);
        Assert.Equal(TestRules.Evaluator.RulesVersion, assessment.RulesVersion);
        Assert.Equal((rules.Typering.Name, rules.Typering.Summary), (result.Typering, result.Summary));
        var step1 = result.Step;
        Assert.Equal("Stap 1 — nu", step1.Title);
        Assert.InRange(step1.Items.Count, 1, 3);
        Assert.Equal(rules.Steps[0].Items.Select(i => i.Title), step1.Items.Select(i => i.Title));
    }

    [Fact]
    public async Task HandleAsync_BinnenmerenToTheEnd_TyperingFunctioneelVerbondenWithStepsOneToThree()
    {
        var chat = new ChatDriver();
        await CaseScript.Binnenmeren.RunToResultAsync(chat);

        Assert.Equal("Functioneel Verbonden", Assert.Single(chat.Last.OfType<ResultReply>()).Typering);
        Assert.StartsWith("Stap 1", chat.ShownStep!.Title);
        var state = await chat.StateAsync();
        Assert.Equal(["organisatiestructuur", "kwaliteit"], state.Ambition);
        Assert.Equal("Dit is onze eigen inschatting.", state.Remarks["kwaliteit"]);
        Assert.Equal("krimp", state.Profile.RegionType);
        Assert.Equal(["po", "vo", "mbo"], state.Profile.Sectors);
        Assert.Equal(75, state.Profile.Realisatiegraad);
        Assert.Equal("buiten", state.Profile.ZijInstromers);
        Assert.Null(state.Profile.Deeltijd);
        Assert.True(state.Profile.Grensgevallen);

        await chat.SayAsync("volgende stap");
        Assert.StartsWith("Stap 2", Assert.Single(chat.Last.OfType<AdviceStepReply>()).Title);
        await chat.SayAsync("volgnde stap");
        Assert.StartsWith("Stap 3", Assert.Single(chat.Last.OfType<AdviceStepReply>()).Title);
        await chat.SayAsync("volgende stap");
        Assert.Contains("laatste stap", chat.LastText);
        await chat.SayAsync("advies");
        Assert.StartsWith("Stap 1", Assert.Single(chat.Last.OfType<AdviceStepReply>()).Title);
    }
}
