using SamenOpleiden.Advisor.Testing.DirectLine;
using SamenOpleiden.Advisor.Testing;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using SamenOpleiden.Advisor.BotFramework.DirectLine;
using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.Tests.DirectLine;

/// <summary>The WebSocket at streamUrl (protocol brief §5.6).</summary>
public sealed class StreamProtocolTests : IDisposable
{
    private readonly AdvisorHost _app = AdvisorHost.ForWebChat();

    [Fact]
    public async Task TheStreamReplaysTheWelcomeThenDeliversTheEchoAndTheReplyAsActivitySets()
    {
        var client = new DirectLineClient(_app.CreateClient());
        var started = await client.StartAsync(AdvisorHost.DirectLineSecret);
        var conversationId = (string)started["conversationId"]!;
        using var socket = await ConnectAsync((string)started["streamUrl"]!);

        var welcome = await ReceiveUntilAsync(socket, a => (string?)a["text"] == "Welcome");
        await client.PostMessageAsync(conversationId, AdvisorHost.DirectLineSecret, "via de socket");
        var reply = await ReceiveUntilAsync(socket, a => (string?)a["channelData"]?["originalActivity"]?["text"] == "via de socket");

        Assert.Equal($"{conversationId}|0000001", (string)welcome["id"]!);
        Assert.Equal($"{conversationId}|0000003", (string)reply["id"]!);
    }

    [Fact]
    public async Task AReconnectWithAWatermarkGetsEverythingAfterItAndNothingBefore()
    {
        var client = new DirectLineClient(_app.CreateClient());
        var conversationId = (string)(await client.StartAsync(AdvisorHost.DirectLineSecret))["conversationId"]!;
        await client.PostMessageAsync(conversationId, AdvisorHost.DirectLineSecret, "een");
        await client.WaitForActivitiesAsync(conversationId, AdvisorHost.DirectLineSecret, a => a.Count >= 3);
        var reconnect = await DirectLineClient.ReadAsync(
            await client.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}?watermark=1", AdvisorHost.DirectLineSecret));

        using var socket = await ConnectAsync((string)reconnect["streamUrl"]!);
        var frame = await ReceiveFrameAsync(socket);

        Assert.Equal(["0000002", "0000003"], frame["activities"]!.AsArray().Select(a => ((string)a!["id"]!)[^7..]));
        Assert.Equal("3", (string)frame["watermark"]!);
    }

    [Fact]
    public async Task AStreamUrlWithAnotherConversationsStreamTokenIsRefused()
    {
        var client = new DirectLineClient(_app.CreateClient());
        var a = await client.StartAsync(AdvisorHost.DirectLineSecret);
        var b = await client.StartAsync(AdvisorHost.DirectLineSecret);
        var tokenOfA = ((string)a["streamUrl"]!).Split("&t=")[1];
        var streamOfB = ((string)b["streamUrl"]!).Split("&t=")[0] + "&t=" + tokenOfA;

        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => ConnectAsync(streamOfB));
    }

    [Fact]
    public async Task WhileTheBotWorksTheStreamShowsTypingThatIsNeverStoredInTheHistory()
    {
        var slowBot = new Mock<IActivityBot>();
        slowBot.Setup(b => b.OnActivityAsync(It.Is<Activity>(a => a.Type == ActivityTypes.Message), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .Returns(async () =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(800));
                return (IReadOnlyList<Activity>)[new Activity { Type = ActivityTypes.Message, Text = "klaar" }];
            });
        slowBot.Setup(b => b.OnActivityAsync(It.Is<Activity>(a => a.Type != ActivityTypes.Message), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([]);
        _app.ConfigureServices = services => services.AddSingleton(slowBot.Object);
        var client = new DirectLineClient(_app.CreateClient());
        var started = await client.StartAsync(AdvisorHost.DirectLineSecret);
        var conversationId = (string)started["conversationId"]!;
        using var socket = await ConnectAsync((string)started["streamUrl"]!);

        await client.PostMessageAsync(conversationId, AdvisorHost.DirectLineSecret, "denk na");
        var typing = await ReceiveUntilAsync(socket, a => (string?)a["type"] == "typing");
        await ReceiveUntilAsync(socket, a => (string?)a["text"] == "klaar");

        Assert.Equal("bot", (string)typing["from"]!["role"]!);
        Assert.Null(typing["text"]);
        var history = await client.GetActivitiesAsync(conversationId, AdvisorHost.DirectLineSecret);
        Assert.DoesNotContain(history["activities"]!.AsArray(), a => (string?)a!["type"] == "typing");
    }

    public void Dispose() => _app.Dispose();

    private async Task<WebSocket> ConnectAsync(string streamUrl)
    {
        var uri = new Uri(streamUrl);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _app.Server.CreateWebSocketClient().ConnectAsync(uri, timeout.Token);
    }

    private static async Task<JsonObject> ReceiveUntilAsync(WebSocket socket, Func<JsonObject, bool> predicate)
    {
        for (var frames = 0; frames < 50; frames++)
        {
            var frame = await ReceiveFrameAsync(socket);
            var match = frame["activities"]!.AsArray().Select(a => a!.AsObject()).FirstOrDefault(predicate);
            if (match is not null)
            {
                return match;
            }
        }

        throw new InvalidOperationException("No matching activity in 50 frames.");
    }

    private static async Task<JsonObject> ReceiveFrameAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage && message.Length > 0)
            {
                return JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!.AsObject();
            }
        }
    }
}
