using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Host.Composition;

namespace SamenOpleiden.Advisor.Host.Tests.Composition;

public class ConversationCompositionTests
{
    [Fact]
    public async Task DeletingMyDataInTheComposedServiceAlsoDeletesMyArchivedReports()
    {
        var archive = new Mock<IReportArchive>();
        archive.Setup(a => a.DeleteRespondentAsync("web:u1", It.IsAny<CancellationToken>())).Returns(Task.FromResult(2));
        var db = Path.Combine(Directory.CreateTempSubdirectory("advisor-compose-").FullName, "advisor.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Storage:SqlitePath", db)]).Build();
        await using var provider = new ServiceCollection()
            .AddAdvisorCore(configuration)
            .AddAdvisorStorage(configuration)
            .AddAdvisorConversation(configuration)
            .AddSingleton(archive.Object)
            .BuildServiceProvider();
        var engine = provider.GetRequiredService<IConversationEngine>();

        await engine.HandleAsync(new TurnInput("c1", "u1", TurnKind.ConversationStarted, null, "web", "a1"), CancellationToken.None);
        await engine.HandleAsync(new TurnInput("c1", "u1", TurnKind.Message, "verwijder mijn gegevens", "web", "a2"), CancellationToken.None);
        var replies = await engine.HandleAsync(new TurnInput("c1", "u1", TurnKind.Message, "ja", "web", "a3"), CancellationToken.None);

        archive.Verify(a => a.DeleteRespondentAsync("web:u1", It.IsAny<CancellationToken>()), Times.Once);
        var text = Assert.IsType<TextReply>(Assert.Single(replies)).Text;
        Assert.Contains("rapporten en hun links: 2", text);
        Assert.Contains("gesprekken met je antwoorden en toelichtingen: 1", text);
        Assert.True(File.Exists(db));
    }
}
