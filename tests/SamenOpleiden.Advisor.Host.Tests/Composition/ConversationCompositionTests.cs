using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Host.Composition;
using SamenOpleiden.Advisor.Host.Reports;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Storage;

namespace SamenOpleiden.Advisor.Host.Tests.Composition;

public class ConversationCompositionTests
{
    [Fact]
    public async Task DeletingMyDataInTheComposedServiceDeletesMyArchivedReportsAndSaysSo()
    {
        var db = Path.Combine(Directory.CreateTempSubdirectory("advisor-compose-").FullName, "advisor.db");
        await using var provider = ComposedServices.On(("Storage:SqlitePath", db));
        var engine = provider.GetRequiredService<IConversationEngine>();
        var archive = provider.GetRequiredService<IReportArchive>();
        var input = AssessmentInputReader.Parse(await File.ReadAllTextAsync(AppFiles.CaseFile("binnenmeren")));
        var result = provider.GetRequiredService<IAssessmentEvaluator>().Evaluate(input);
        var link = await archive.SaveAsync(new ReportSubmission { UserKey = "web:u1", CompletedAt = DateTimeOffset.UtcNow, Result = result }, default);

        await engine.HandleAsync(new TurnInput("c1", "u1", TurnKind.ConversationStarted, null, "web", "a1"), CancellationToken.None);
        await engine.HandleAsync(new TurnInput("c1", "u1", TurnKind.Message, "verwijder mijn gegevens", "web", "a2"), CancellationToken.None);
        var replies = await engine.HandleAsync(new TurnInput("c1", "u1", TurnKind.Message, "ja", "web", "a3"), CancellationToken.None);

        var text = Assert.IsType<TextReply>(Assert.Single(replies)).Text;
        Assert.Null(await archive.FindByLinkAsync(link.Token, default));
        Assert.Contains("gesprekken met je antwoorden en toelichtingen: 1", text);
        Assert.Contains("je rapporten en je bijdrage aan regio-overzichten: 1", text);
        Assert.True(File.Exists(db));
    }
}
