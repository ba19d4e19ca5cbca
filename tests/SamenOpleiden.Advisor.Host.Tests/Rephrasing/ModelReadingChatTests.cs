using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing;
using static SamenOpleiden.Advisor.Host.Tests.Rephrasing.RephrasingService;

namespace SamenOpleiden.Advisor.Host.Tests.Rephrasing;

/// <summary>
/// The LLM layer reading an answer the recogniser cannot read, through the real service and a Teams chat,
/// against the fake model server: a good reading is proposed with its quote; a bad one is never noticed.
/// </summary>
public sealed class ModelReadingChatTests
{
    private const string Conversation = "a:model-reading";
    private const string Unreadable = "Tja, daar valt veel over te zeggen, het is een lang verhaal.";

    [Fact]
    public async Task AnAnswerTheRecogniserCannotReadGetsTheModelsProposalWithItsQuote()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Reply = _ => FakeReply.Content("""{"fase": "1", "citaat": "een lang verhaal"}""");
        await using var service = new RephrasingService(server);

        var chat = await AtFirstFocusPointAsync(service);
        await chat.SayAsync(Unreadable);

        Assert.Equal(1, server.Calls);
        Assert.Contains("Ik lees 'een lang verhaal': dat past bij fase 1, binnen eigen organisatie. Klopt dat?", Visible(chat.LastReplies));
    }

    [Theory]
    [InlineData("""{"fase": "4", "citaat": "een lang verhaal"}""", "unknown_phase")]
    [InlineData("""{"fase": "2", "citaat": "wij hebben een regionaal fonds"}""", "quote_not_in_answer")]
    [InlineData("HTTP 500", "endpoint_error")]
    [InlineData("hang past the timeout", "timeout")]
    public async Task ABadReadingIsNeverNoticedTheRespondentSeesTheRecognisersChoices(string answer, string reason)
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Reply = _ => answer switch
        {
            "HTTP 500" => FakeReply.Error(500),
            "hang past the timeout" => FakeReply.Hanging(),
            _ => FakeReply.Content(answer),
        };
        // Only the hanging endpoint should run into the time budget; on a loaded machine 2 s can pass before the fake
        // server even handles a request, which would turn the other cases into time-outs.
        var timeoutSeconds = answer == "hang past the timeout" ? "2" : "20";
        await using var service = new RephrasingService(server, extra: new Dictionary<string, string?> { ["Rephrasing:TimeoutSeconds"] = timeoutSeconds });
        await using var rules = new RephrasingService(null);

        var chat = await AtFirstFocusPointAsync(service);
        var ruleChat = await AtFirstFocusPointAsync(rules);
        await chat.SayAsync(Unreadable);
        await ruleChat.SayAsync(Unreadable);

        Assert.Equal(1, server.Calls);
        Assert.Equal(ruleChat.LastReplies.Select(r => r.GetRawText()), chat.LastReplies.Select(r => r.GetRawText()));
        Assert.Contains(service.Logs, l => l.Level == LogLevel.Warning && l.Message.StartsWith($"Reading an answer fell back to the deterministic reader: {reason} (", StringComparison.Ordinal));
        Assert.DoesNotContain(service.Logs, l => l.Message.Contains("lang verhaal", StringComparison.Ordinal));
    }

    private static async Task<TeamsChat> AtFirstFocusPointAsync(RephrasingService service)
    {
        var chat = service.Chat(Conversation);
        await chat.InstallAsync();
        foreach (var answer in Web.TeamsAssessmentTests.BinnenmerenAnswers().TakeWhile(a => a != "Elk partnerschap bepaalt eigen accenten."))
        {
            await chat.SayAsync(answer);
        }

        return chat;
    }
}
