using SamenOpleiden.Advisor.Testing.DirectLine;
using SamenOpleiden.Advisor.Testing;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Host.Tests.Privacy;

/// <summary>
/// A web chat visitor with the real advisor types "verwijder mijn gegevens" and "ja": the conversation's transcript
/// goes with everything else, and the page's token, and every token refreshed from it, read nothing any more.
/// Each provider runs it on its own database.
/// </summary>
public abstract class ErasedWebChatContract : IDisposable
{
    /// <summary>The region name the visitor types: respondent data that must not survive.</summary>
    protected const string RegionName = "Zwanenmeer-7431";

    private protected AdvisorHost App { get; } = AdvisorHost.ForWebChat(bot: "advisor");

    protected abstract string Provider { get; }

    [Fact]
    public async Task AfterVerwijderMijnGegevensTheOldAndRefreshedTokensReadNothing()
    {
        var client = new DirectLineClient(App.CreateClient());
        var statuses = new List<HttpStatusCode>();
        var visitor = await WebChatVisitor.StartAsync(client);
        var refreshed = (string)(await DirectLineClient.ReadAsync(await client.SendAsync(HttpMethod.Post, "/tokens/refresh", visitor.Token)))["token"]!;
        await visitor.SayAsync("geen");
        await visitor.SayAsync(RegionName);
        var file = await UploadAsync(client, visitor);
        await visitor.SayAsync("verwijder mijn gegevens");

        var socketClosed = await EraseAsync(client, visitor);
        using (var fileAfter = await client.Http.GetAsync(file))
        {
            statuses.Add(fileAfter.StatusCode);
        }

        var read = new List<string>();
        foreach (var token in new[] { visitor.Token, refreshed })
        {
            foreach (var (method, path) in new[]
            {
                (HttpMethod.Get, $"/conversations/{visitor.ConversationId}/activities"),
                (HttpMethod.Get, $"/conversations/{visitor.ConversationId}?watermark=0"),
                (HttpMethod.Post, "/conversations"),
                (HttpMethod.Post, "/tokens/refresh"),
            })
            {
                using var response = await client.SendAsync(method, path, token, method == HttpMethod.Post ? "{}" : null);
                statuses.Add(response.StatusCode);
                read.Add(await response.Content.ReadAsStringAsync());
            }
        }

        ReliabilityLog.Write($"hardening #2 erased web chat ({Provider}): {statuses.Count} calls with the page token and a token refreshed from it, and for a file uploaded before, after " +
            $"'verwijder mijn gegevens': {string.Join(", ", statuses.GroupBy(s => (int)s).Select(g => $"{g.Key}x{g.Count()}"))}; " +
            $"answers naming the region typed: {read.Count(body => body.Contains(RegionName, StringComparison.Ordinal))}");
        Assert.True(socketClosed, "the page's WebSocket stayed open on a conversation that no longer exists");
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.DoesNotContain(read, body => body.Contains(RegionName, StringComparison.Ordinal));
    }

    public void Dispose() => App.Dispose();

    /// <summary>Uploads a file as Web Chat does and returns the address the conversation shows for it.</summary>
    private static async Task<string> UploadAsync(DirectLineClient client, WebChatVisitor visitor)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("""{"type":"message","attachments":[{"contentType":"text/plain","name":"notities.txt"}]}""", Encoding.UTF8, "application/vnd.microsoft.activity"), "activity", "blob" },
            { new StringContent("Notities over " + RegionName, Encoding.UTF8, "text/plain"), "file", "notities.txt" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{visitor.ConversationId}/upload") { Content = form };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", visitor.Token);
        using var response = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = await client.WaitForActivitiesAsync(visitor.ConversationId, visitor.Token, all => all.Any(a => a!["attachments"] is not null));
        var address = (string)activities.Last(a => a!["attachments"] is not null)!["attachments"]![0]!["contentUrl"]!;
        Assert.Contains(RegionName, await client.Http.GetStringAsync(address), StringComparison.Ordinal);
        return address;
    }

    /// <summary>
    /// Confirms the deletion with the page's WebSocket open, as Web Chat has it, and waits (10 s at most) for the
    /// advisor's confirmation on it. Returns whether the socket was closed after it.
    /// </summary>
    private protected async Task<bool> EraseAsync(DirectLineClient client, WebChatVisitor visitor)
    {
        var reconnected = await DirectLineClient.ReadAsync(await client.SendAsync(HttpMethod.Get, $"/conversations/{visitor.ConversationId}", visitor.Token));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var socket = await App.Server.CreateWebSocketClient().ConnectAsync(new Uri((string)reconnected["streamUrl"]!), timeout.Token);
        using var confirmed = await client.PostMessageAsync(visitor.ConversationId, visitor.Token, "ja");
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        var seen = false;
        while (true)
        {
            var frame = await socket.ReceiveAsync(buffer, timeout.Token);
            if (frame.MessageType == WebSocketMessageType.Close)
            {
                Assert.True(seen, "the socket closed before the advisor confirmed the deletion");
                return true;
            }

            message.Write(buffer, 0, frame.Count);
            if (!frame.EndOfMessage || message.Length == 0)
            {
                continue;
            }

            var set = JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!;
            message.SetLength(0);
            if (set["activities"]!.AsArray().Any(a => ((string?)a!["text"])?.StartsWith("Ik heb al je gegevens verwijderd", StringComparison.Ordinal) == true))
            {
                seen = true;
                using var drain = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                try
                {
                    while ((await socket.ReceiveAsync(buffer, drain.Token)).MessageType != WebSocketMessageType.Close)
                    {
                    }

                    return true;
                }
                catch (OperationCanceledException)
                {
                    return false;
                }
            }
        }
    }
}
