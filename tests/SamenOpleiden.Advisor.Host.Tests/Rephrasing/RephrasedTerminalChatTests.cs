using SamenOpleiden.Advisor.Conversation.Dialog;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Host.Tests.Web;
using SamenOpleiden.Advisor.Testing;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Host.Tests.Rephrasing;

/// <summary>The terminal chat reads the same <c>Rephrasing__*</c> environment variables as the service.</summary>
[Trait("Needs", "Process")]
public sealed class RephrasedTerminalChatTests
{
    [Fact]
    public async Task APipedChatWithTheLayerOnShowsTheRephrasedAdviceAndOriginaleTekstTheRulesWords()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Reply = _ => FakeModelAnswers.Faithful(server);
        var environment = new Dictionary<string, string>
        {
            ["Rephrasing__Enabled"] = "true",
            ["Rephrasing__Endpoint"] = server.Endpoint,
            ["Rephrasing__Model"] = "fake-model",
        };

        var (exitCode, output, error) = await AdvisorProcess.RunWithInputAsync(
            TeamsAssessmentTests.BinnenmerenAnswers().Append("originele tekst"), environment, "chat", "--db", AppFiles.TempDatabase());

        Assert.True(exitCode == 0, error);
        Assert.Contains(DialogTexts.PrivacyLanguageModel, output);
        var result = output.IndexOf("Typering:", StringComparison.Ordinal);
        var original = output.IndexOf("eigen woorden van de regels", result, StringComparison.Ordinal);
        Assert.Contains(FakeModelAnswers.Marker, output[result..original]);
        Assert.Contains(DialogTexts.Reworded, output[result..original]);
        Assert.DoesNotContain(FakeModelAnswers.Marker, output[original..]);
        Assert.Equal(1, server.Calls);
    }
}
