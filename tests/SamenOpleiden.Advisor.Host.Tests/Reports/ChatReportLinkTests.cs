using SamenOpleiden.Advisor.Testing;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Testing.Reports;

namespace SamenOpleiden.Advisor.Host.Tests.Reports;

public sealed class ChatReportLinkTests : IDisposable
{
    private readonly AdvisorHost _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task RapportInTheChatGivesALinkToTheReportOfTheFinishedAssessment()
    {
        var result = ResultFixtures.SharedCase("vallei-en-velden");
        await SaveFinishedAsync("a1", "web:anna", result);

        var url = await _app.Services.GetRequiredService<IReportLinks>().LinkForAsync(new FinishedAssessmentReference("a1", "c1", "web:anna"), default);

        Assert.NotNull(url);
        var response = await _app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vallei &amp; Velden", await response.Content.ReadAsStringAsync());
        Assert.Equal(AssessmentJson.Serialize(result), await _app.CreateClient().GetStringAsync(url + ".json"));
    }

    [Fact]
    public async Task NoLinkForAnAssessmentOfSomeoneElse()
    {
        await SaveFinishedAsync("a1", "web:anna", ResultFixtures.SharedCase("binnenmeren"));

        var links = _app.Services.GetRequiredService<IReportLinks>();

        Assert.Null(await links.LinkForAsync(new FinishedAssessmentReference("a1", "c2", "web:bob"), default));
        Assert.Null(await links.LinkForAsync(new FinishedAssessmentReference("onbekend", "c1", "web:anna"), default));
    }

    private Task SaveFinishedAsync(string id, string respondent, AssessmentResult result)
    {
        var state = new ConversationState { ConversationKey = "c1", RespondentKey = respondent };
        var finished = new FinishedAssessment(
            id, "c1", respondent, result.Profile.RegionName, result.RulesVersion, "{}", AssessmentJson.Serialize(result),
            new Dictionary<string, string>(), DateTimeOffset.UtcNow);
        return _app.Services.GetRequiredService<IConversationStore>().SaveTurnAsync(new TurnRecord(state, null, "act-1", [], finished), default);
    }
}
