using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.BotFramework.DirectLine.Streaming;
using SamenOpleiden.Advisor.BotFramework.Schema;
using SamenOpleiden.Advisor.Conversation.Transcripts;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>
/// The Direct Line service's side of a conversation: records every delivered activity in the
/// transcript (id <c>{conversation}|{watermark:D7}</c>), wakes the open stream, and runs the bot
/// after the client's POST has been answered, showing a typing indicator while it works.
/// </summary>
internal sealed class DirectLineConversations(
    ITranscriptStore transcripts,
    ITranscriptNotifications notifications,
    ConversationStreamHub streams,
    IActivityBot bot,
    TurnQueue turns,
    MonotonicClock clock,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineConversations> logger)
{
    private static readonly TimeSpan TypingInterval = TimeSpan.FromSeconds(3);

    public static string NewConversationId() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        transcripts.ConversationExistsAsync(conversationId, cancellationToken);

    /// <summary>Creates the conversation if needed; a new one gets the bot's welcome turn. Returns true when new.</summary>
    public async Task<bool> StartAsync(string conversationId, string? userId, string? locale, string serviceUrl, CancellationToken cancellationToken)
    {
        if (!await transcripts.CreateConversationAsync(conversationId, cancellationToken))
        {
            return false;
        }

        var user = new ChannelAccount { Id = userId ?? "anonymous", Role = "user" };
        var started = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{conversationId}|start",
            Timestamp = clock.Next(),
            ChannelId = "directline",
            ServiceUrl = serviceUrl,
            From = user,
            Recipient = Bot(),
            Conversation = new ConversationAccount { Id = conversationId },
            Locale = locale,
            MembersAdded = userId is null ? [Bot()] : [Bot(), user],
        };
        QueueTurn(started, replyToId: null);
        return true;
    }

    /// <summary>Records a user's activity (its echo), queues the bot's turn and returns the activity as stored.</summary>
    public async Task<Activity> AcceptFromUserAsync(string conversationId, Activity activity, string serviceUrl, CancellationToken cancellationToken)
    {
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.ChannelId ??= "directline";
        activity.ServiceUrl = serviceUrl;
        activity.Recipient ??= Bot();
        var stored = await AppendAsync(conversationId, activity, cancellationToken);
        QueueTurn(stored, stored.Id);
        return stored;
    }

    /// <summary>Everything recorded after <paramref name="afterWatermark"/> and the watermark to continue from.</summary>
    public async Task<(IReadOnlyList<TranscriptEntry> Entries, long Watermark)> ReadAfterAsync(string conversationId, long afterWatermark, CancellationToken cancellationToken)
    {
        var entries = await transcripts.ReadAfterAsync(conversationId, afterWatermark, 500, cancellationToken);
        return (entries, entries.Count > 0 ? entries[^1].Watermark : afterWatermark);
    }

    private void QueueTurn(Activity inbound, string? replyToId) =>
        _ = turns.Enqueue(inbound.Conversation!.Id!, () => RunTurnAsync(inbound, replyToId, lifetime.ApplicationStopping));

    private async Task RunTurnAsync(Activity inbound, string? replyToId, CancellationToken cancellationToken)
    {
        var conversationId = inbound.Conversation!.Id!;
        using var typing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typingLoop = SendTypingAsync(inbound, typing.Token);
        try
        {
            var replies = await bot.OnActivityAsync(Clone(inbound), cancellationToken);
            await typing.CancelAsync();
            foreach (var reply in replies)
            {
                await AppendAsync(conversationId, AddressReply(reply, inbound, replyToId), cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "The bot failed on activity {ActivityId} of conversation {ConversationId}", inbound.Id, conversationId);
        }
        finally
        {
            await typing.CancelAsync();
            await typingLoop;
        }
    }

    private async Task SendTypingAsync(Activity inbound, CancellationToken cancellationToken)
    {
        var conversationId = inbound.Conversation!.Id!;
        var count = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var typing = AddressReply(new Activity { Type = ActivityTypes.Typing }, inbound, replyToId: null);
                typing.Id = $"{conversationId}|typing-{Guid.NewGuid():N}-{count++.ToString(CultureInfo.InvariantCulture)}";
                typing.Timestamp = clock.Next();
                streams.PublishTransient(conversationId, typing);
                await Task.Delay(TypingInterval, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn is over: the indicator stops with the reply.
        }
    }

    private async Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var timestamp = clock.Next();
        var entry = await transcripts.AppendAsync(conversationId, watermark =>
        {
            activity.Id = $"{conversationId}|{watermark.ToString("D7", CultureInfo.InvariantCulture)}";
            activity.Timestamp = timestamp;
            return JsonSerializer.Serialize(activity, ActivityJson.Options);
        }, cancellationToken);
        await AnnounceAsync(entry, cancellationToken);
        return JsonSerializer.Deserialize<Activity>(entry.Payload, ActivityJson.Options)!;
    }

    /// <summary>Wakes the stream, on whichever instance holds it. The entry is stored already, so a failed announcement is only logged: the stream catches up on its next read.</summary>
    private async Task AnnounceAsync(TranscriptEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await notifications.PublishAsync(entry.ConversationId, entry.Watermark, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not announce watermark {Watermark} of conversation {ConversationId}", entry.Watermark, entry.ConversationId);
        }
    }

    private Activity AddressReply(Activity reply, Activity inbound, string? replyToId)
    {
        reply.From = Bot();
        reply.Recipient = inbound.From is { } user ? new ChannelAccount { Id = user.Id, Name = user.Name, Role = "user" } : null;
        reply.Conversation = new ConversationAccount { Id = inbound.Conversation!.Id };
        reply.ChannelId = inbound.ChannelId;
        reply.ReplyToId = replyToId;
        return reply;
    }

    private ChannelAccount Bot() => new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = "bot" };

    private static Activity Clone(Activity activity) =>
        JsonSerializer.Deserialize<Activity>(JsonSerializer.Serialize(activity, ActivityJson.Options), ActivityJson.Options)!;
}
