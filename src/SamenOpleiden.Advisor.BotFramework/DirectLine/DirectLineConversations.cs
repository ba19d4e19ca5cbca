using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.BotFramework.DirectLine.Streaming;
using SamenOpleiden.Advisor.BotFramework.Schema;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Transcripts;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>
/// The Direct Line service's side of a conversation: records every delivered activity in the
/// transcript (id <c>{conversation}|{watermark:D7}</c>), wakes the open stream, and runs the bot
/// after the client's POST has been answered, showing a typing indicator while it works. When a turn erased the
/// conversation ("verwijder mijn gegevens"), its replies and an <c>endOfConversation</c> go to the open stream without
/// being stored, and the stream then closes: the page starts a new conversation, and the old one's tokens find nothing.
/// </summary>
internal sealed class DirectLineConversations(
    ITranscriptStore transcripts,
    ITranscriptNotifications notifications,
    ConversationStreamHub streams,
    IActivityBot bot,
    TurnQueue turns,
    AttachmentCache files,
    MonotonicClock clock,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineConversations> logger)
{
    /// <summary>The channel id of the turns and the respondent keys of this channel.</summary>
    public const string ChannelId = "directline";

    private static readonly TimeSpan TypingInterval = TimeSpan.FromSeconds(3);

    public static string NewConversationId() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        transcripts.ConversationExistsAsync(conversationId, cancellationToken);

    /// <summary>Whether the conversation was erased with its respondent's data: its tokens then get nothing back.</summary>
    public Task<bool> WasErasedAsync(string conversationId, CancellationToken cancellationToken) =>
        transcripts.WasErasedAsync(conversationId, cancellationToken);

    /// <summary>Creates the conversation if needed; a new one gets the bot's welcome turn. Returns true when new.</summary>
    public async Task<bool> StartAsync(string conversationId, string? userId, string? locale, string serviceUrl, CancellationToken cancellationToken)
    {
        // The transcript belongs to the respondent the conversation engine stores this user's turns under.
        var respondentKey = userId is null ? null : ConversationKeys.Respondent(ChannelId, userId);
        if (!await transcripts.CreateConversationAsync(conversationId, respondentKey, cancellationToken))
        {
            return false;
        }

        var user = new ChannelAccount { Id = userId ?? "anonymous", Role = "user" };
        var started = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{conversationId}|start",
            Timestamp = clock.Next(),
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            From = user,
            Recipient = Bot(),
            Conversation = new ConversationAccount { Id = conversationId },
            Locale = locale,
            MembersAdded = userId is null ? [Bot()] : [Bot(), user],
        };
        QueueTurn(started, replyToId: null, clientAddress: null);
        return true;
    }

    /// <summary>
    /// Records a user's activity (its echo) within the conversation's size cap, queues the bot's turn and returns the
    /// activity as stored; nothing is stored or queued when the conversation is full or gone.
    /// </summary>
    public async Task<(TranscriptAppendStatus Status, Activity? Stored)> AcceptFromUserAsync(
        string conversationId, Activity activity, string serviceUrl, string clientAddress, CancellationToken cancellationToken)
    {
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.ChannelId ??= ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Recipient ??= Bot();
        var (status, stored) = await AppendAsync(conversationId, activity, options.Value.MaxTranscriptBytesPerConversation, cancellationToken);
        if (stored is not null)
        {
            QueueTurn(stored, stored.Id, clientAddress);
        }

        return (status, stored);
    }

    /// <summary>Everything recorded after <paramref name="afterWatermark"/> and the watermark to continue from.</summary>
    public async Task<(IReadOnlyList<TranscriptEntry> Entries, long Watermark)> ReadAfterAsync(string conversationId, long afterWatermark, CancellationToken cancellationToken)
    {
        var entries = await transcripts.ReadAfterAsync(conversationId, afterWatermark, 500, cancellationToken);
        return (entries, entries.Count > 0 ? entries[^1].Watermark : afterWatermark);
    }

    private void QueueTurn(Activity inbound, string? replyToId, string? clientAddress) =>
        _ = turns.Enqueue(inbound.Conversation!.Id!, () => RunTurnAsync(inbound, replyToId, clientAddress, lifetime.ApplicationStopping));

    private async Task RunTurnAsync(Activity inbound, string? replyToId, string? clientAddress, CancellationToken cancellationToken)
    {
        var conversationId = inbound.Conversation!.Id!;
        using var typing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typingLoop = SendTypingAsync(inbound, typing.Token);
        try
        {
            var replies = await bot.OnActivityAsync(Clone(inbound), clientAddress, cancellationToken);
            await typing.CancelAsync();
            var erased = false;
            foreach (var reply in replies.Select(r => AddressReply(r, inbound, replyToId)))
            {
                if (!erased)
                {
                    erased = (await AppendAsync(conversationId, reply, byteLimit: null, cancellationToken)).Status == TranscriptAppendStatus.ConversationMissing;
                }

                if (erased)
                {
                    // The turn deleted the respondent's data, this conversation included: say so on the open socket, store nothing.
                    PublishTransient(reply, "erased");
                }
            }

            if (erased)
            {
                // The Bot Framework's "the bot ended the conversation": the page starts a new one after it.
                PublishTransient(AddressReply(new Activity { Type = ActivityTypes.EndOfConversation }, inbound, replyToId), "ended");
                files.Forget(conversationId);
                await AnnounceEndAsync(conversationId, cancellationToken);
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
                PublishTransient(AddressReply(new Activity { Type = ActivityTypes.Typing }, inbound, replyToId: null), $"typing-{count++.ToString(CultureInfo.InvariantCulture)}");
                await Task.Delay(TypingInterval, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn is over: the indicator stops with the reply.
        }
    }

    /// <summary>Sends an activity that is not stored to the stream open on this instance, under an id of its own.</summary>
    private void PublishTransient(Activity activity, string kind)
    {
        var conversationId = activity.Conversation!.Id!;
        activity.Id = $"{conversationId}|{kind}-{Guid.NewGuid():N}";
        activity.Timestamp = clock.Next();
        streams.PublishTransient(conversationId, activity);
    }

    private async Task<(TranscriptAppendStatus Status, Activity? Stored)> AppendAsync(
        string conversationId, Activity activity, long? byteLimit, CancellationToken cancellationToken)
    {
        var timestamp = clock.Next();
        var appended = await transcripts.AppendAsync(conversationId, watermark =>
        {
            activity.Id = $"{conversationId}|{watermark.ToString("D7", CultureInfo.InvariantCulture)}";
            activity.Timestamp = timestamp;
            return JsonSerializer.Serialize(activity, ActivityJson.Options);
        }, byteLimit, cancellationToken);
        if (appended.Entry is not { } entry)
        {
            return (appended.Status, null);
        }

        await AnnounceAsync(conversationId, entry.Watermark, cancellationToken);
        return (appended.Status, JsonSerializer.Deserialize<Activity>(entry.Payload, ActivityJson.Options)!);
    }

    /// <summary>
    /// Wakes the stream, on whichever instance holds it. The entry is stored already, so a failed announcement is only
    /// logged: the stream catches up on its next read.
    /// </summary>
    private async Task AnnounceAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        try
        {
            await notifications.PublishAsync(conversationId, watermark, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not announce watermark {Watermark} of conversation {ConversationId}", watermark, conversationId);
        }
    }

    /// <summary>
    /// Tells the stream of an erased conversation, on whichever instance holds it, to look again: it finds nothing
    /// more and the conversation gone, and closes.
    /// </summary>
    private Task AnnounceEndAsync(string conversationId, CancellationToken cancellationToken) =>
        AnnounceAsync(conversationId, 0, cancellationToken);

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
