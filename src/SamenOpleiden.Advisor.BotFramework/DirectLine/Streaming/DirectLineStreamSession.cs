using System.Net.WebSockets;
using System.Text;
using SamenOpleiden.Advisor.BotFramework.Schema;
using SamenOpleiden.Advisor.Conversation.Transcripts;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine.Streaming;

/// <summary>
/// One client's WebSocket: first everything recorded after the client's watermark, then each new
/// entry as it is recorded, plus transient activities (typing, the replies to an erasure). Each text frame is one
/// ActivitySet; empty frames are keepalives (DirectLineJS ignores them and would choke on any other ping). A wake-up
/// that finds nothing new and the conversation gone (erased with its respondent's data) closes the socket once the
/// erasing turn's confirmation has been sent (or after a short grace when it does not come).
/// </summary>
internal sealed class DirectLineStreamSession(ConversationStreamHub hub, ITranscriptStore transcripts)
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan ErasureGrace = TimeSpan.FromSeconds(3);

    public async Task RunAsync(WebSocket socket, string conversationId, long afterWatermark, CancellationToken cancellationToken)
    {
        // Subscribe before the replay so nothing recorded in between is missed; the watermark check drops doubles.
        using var subscription = hub.Subscribe(conversationId);
        using var clientGone = new CancellationTokenSource();
        using var session = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, subscription.Collided, clientGone.Token);
        var receiving = ReceiveUntilClosedAsync(socket, clientGone, cancellationToken);
        var sent = afterWatermark;
        try
        {
            sent = await SendRecordedAsync(socket, conversationId, sent, session.Token);
            var erased = false;
            while (!session.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(session.Token);
                wait.CancelAfter(erased ? ErasureGrace : KeepAlive);
                try
                {
                    var signal = await subscription.Signals.ReadAsync(wait.Token);
                    if (signal is not null)
                    {
                        sent = await SendAsync(socket, ActivitySetJson.FromTransient(signal, sent), sent, session.Token);
                        if (signal.Type == ActivityTypes.EndOfConversation) break;
                        continue;
                    }

                    if (erased) continue;
                    var before = sent;
                    sent = await SendRecordedAsync(socket, conversationId, sent, session.Token);
                    // Gone means erased. A wake-up can arrive after the erasure but before the erasing turn has said so:
                    // its confirmation follows as transient activities ending with EndOfConversation, so the socket waits
                    // for that a little while (the erasing turn may also run on another instance, then nothing comes).
                    erased = sent == before && !await transcripts.ConversationExistsAsync(conversationId, session.Token);
                }
                catch (OperationCanceledException) when (!session.IsCancellationRequested)
                {
                    if (erased) break;
                    await SendAsync(socket, string.Empty, sent, session.Token);
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client left, the server is stopping, or a newer socket took over.
        }

        await CloseAsync(socket, subscription.Collided.IsCancellationRequested ? "collision" : "closing");
        if (await Task.WhenAny(receiving, Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None)) != receiving)
        {
            socket.Abort();
        }
    }

    private async Task<long> SendRecordedAsync(WebSocket socket, string conversationId, long sent, CancellationToken cancellationToken)
    {
        while (true)
        {
            var entries = await transcripts.ReadAfterAsync(conversationId, sent, 200, cancellationToken);
            if (entries.Count == 0)
            {
                return sent;
            }

            sent = await SendAsync(socket, ActivitySetJson.FromEntries(entries, entries[^1].Watermark), entries[^1].Watermark, cancellationToken);
        }
    }

    private static async Task<long> SendAsync(WebSocket socket, string frame, long watermark, CancellationToken cancellationToken)
    {
        await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        return watermark;
    }

    /// <summary>Consumes the client's empty pings and notices when it closes.</summary>
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource clientGone, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // Closed either way.
        }

        await clientGone.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket, string reason)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, timeout.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
            {
                // The client is already gone.
            }
        }
    }
}
