using System.Net;
using SamenOpleiden.Advisor.BotFramework.Tests.TestSupport;

namespace SamenOpleiden.Advisor.BotFramework.Tests.Connector;

/// <summary>How replies reach the channel through the Connector API: token, retries, and what happens when they cannot.</summary>
public sealed class ConnectorDeliveryTests : IAsyncLifetime
{
    private BotEndpoint _bot = null!;

    public async Task InitializeAsync() => _bot = await BotEndpoint.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A429IsRetriedAfterTheDelayItsRetryAfterHeaderAsksFor()
    {
        _bot.Channel.FailNextConnectorCalls((HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(2)));

        using var response = await _bot.PostSignedAsync(_bot.Message("hallo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = _bot.Channel.ConnectorCalls.ToList();
        Assert.Equal(2, calls.Count);
        Assert.Equal(calls[0].Activity.ToJsonString(), calls[1].Activity.ToJsonString());
        // The configured backoff is 10 ms, so a gap of about two seconds can only come from Retry-After.
        Assert.InRange(calls[1].ReceivedAt - calls[0].ReceivedAt, TimeSpan.FromSeconds(1.8), TimeSpan.FromSeconds(10));
        Assert.Empty(_bot.ReadUndelivered());
    }

    [Fact]
    public async Task TheChannelGetsIts200BeforeASlowConnectorHasTakenTheReply()
    {
        _bot.Channel.FailNextConnectorCalls((HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(3)));
        var started = DateTimeOffset.UtcNow;

        using var response = await _bot.PostSignedWithoutWaitingAsync(_bot.Message("hallo"));
        var answeredAfter = DateTimeOffset.UtcNow - started;
        await _bot.WhenRepliesDeliveredAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var delivered = _bot.Channel.ConnectorCalls.Last().ReceivedAt - started;
        Assert.True(answeredAfter < delivered - TimeSpan.FromSeconds(2), $"answered after {answeredAfter}, delivered after {delivered}");
    }

    [Fact]
    public async Task RepliesOfConsecutiveTurnsArriveInOrderEvenWhenTheFirstIsDelayed()
    {
        _bot.Channel.FailNextConnectorCalls((HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1)));

        using (await _bot.PostSignedWithoutWaitingAsync(_bot.Message("een", activityId: "act-1")))
        using (await _bot.PostSignedWithoutWaitingAsync(_bot.Message("twee", activityId: "act-2")))
        {
            await _bot.WhenRepliesDeliveredAsync();
        }

        var accepted = _bot.Channel.ConnectorCalls.Skip(1).Select(c => c.Text);
        Assert.Equal(["Je zei: een", "Je zei: twee"], accepted);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    public async Task TransientConnectorFailuresAreRetried(HttpStatusCode status)
    {
        _bot.Channel.FailNextConnectorCalls((status, null), (status, null));

        using var response = await _bot.PostSignedAsync(_bot.Message("hallo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, _bot.Channel.ConnectorCalls.Count);
        Assert.Empty(_bot.ReadUndelivered());
    }

    [Fact]
    public async Task AReplyTheConnectorRefusesIsLoggedAndKeptAndTheTurnStillSucceeds()
    {
        _bot.Channel.FailNextConnectorCalls((HttpStatusCode.Forbidden, null));

        using var response = await _bot.PostSignedAsync(_bot.Message("hallo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_bot.Channel.ConnectorCalls);
        var kept = Assert.Single(_bot.ReadUndelivered());
        Assert.Equal("a:1on1-conversation", kept.GetProperty("conversationId").GetString());
        Assert.Equal("Je zei: hallo", kept.GetProperty("activity").GetProperty("text").GetString());
        Assert.Contains(_bot.LogLines, l => l.StartsWith("Error: Could not deliver", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AReplyStillFailingAfterEveryRetryIsKept()
    {
        var failures = Enumerable.Repeat((HttpStatusCode.InternalServerError, (TimeSpan?)null), 5).ToArray();
        _bot.Channel.FailNextConnectorCalls(failures);

        using var response = await _bot.PostSignedAsync(_bot.Message("hallo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, _bot.Channel.ConnectorCalls.Count);
        Assert.Single(_bot.ReadUndelivered());
    }

    [Fact]
    public async Task TheConnectorTokenIsFetchedOnceAndReusedForLaterTurns()
    {
        for (var i = 0; i < 3; i++)
        {
            using var response = await _bot.PostSignedAsync(_bot.Message($"bericht {i}", activityId: $"act-{i}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, _bot.Channel.TokenRequests);
        Assert.All(_bot.Channel.ConnectorCalls, c => Assert.Equal("Bearer connector-token-1", c.Authorization));
    }

    [Fact]
    public async Task RepliesGoToTheReplyEndpointOfTheEscapedTeamsIdsWithFromAndRecipientSwapped()
    {
        const string channelThread = "19:abc@thread.tacv2;messageid=1700000000000";
        var activity = _bot.Message("hallo", conversationId: channelThread, activityId: "1700000000000");
        activity["conversation"]!["conversationType"] = "channel";

        using var response = await _bot.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // In a channel the conversation itself moves to a 1:1 chat; the channel thread gets one reply saying so.
        var call = Assert.Single(_bot.Channel.ConnectorCalls, c => c.ConversationId == channelThread);
        Assert.Equal((channelThread, "1700000000000"), (call.ConversationId, call.ReplyToId));
        Assert.Equal(BotEndpoint.BotId, call.Activity["from"]!["id"]!.GetValue<string>());
        Assert.Equal("29:user-1", call.Activity["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal(channelThread, call.Activity["conversation"]!["id"]!.GetValue<string>());
    }
}
