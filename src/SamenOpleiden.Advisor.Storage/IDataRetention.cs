using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Storage;

/// <summary>
/// Removes what is kept only for a while: the replies stored per processed activity (they answer a redelivery), web chat
/// transcripts, undelivered replies, and the hashes erased transcripts leave behind. Conversations, assessments and
/// reports stay until the respondent deletes them.
/// </summary>
public interface IDataRetention
{
    /// <summary>Deletes every such record last written before <paramref name="cutoff"/> and says what went.</summary>
    Task<DeletionReport> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
