using System.Collections.Concurrent;
using SamenOpleiden.Advisor.Conversation.Delivery;

namespace SamenOpleiden.Advisor.BotFramework.Tests.TestSupport;

/// <summary>
/// The undelivered-reply store in memory: keeps what it is given, except the replies of turns named in
/// <see cref="ErasedTurns"/> (as the database does once a respondent's turns are deleted).
/// </summary>
internal sealed class KeptReplies : IUndeliveredReplyStore
{
    private readonly ConcurrentQueue<UndeliveredReply> _kept = new();

    public ConcurrentBag<string> ErasedTurns { get; } = [];

    public IReadOnlyList<UndeliveredReply> All => [.. _kept];

    public Task<bool> KeepAsync(UndeliveredReply reply, CancellationToken cancellationToken)
    {
        if (ErasedTurns.Contains(reply.ActivityId))
        {
            return Task.FromResult(false);
        }

        _kept.Enqueue(reply);
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<UndeliveredReply>> ListAsync(string conversationKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UndeliveredReply>>([.. _kept.Where(r => r.ConversationKey == conversationKey)]);
}
