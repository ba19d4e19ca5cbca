namespace SamenOpleiden.Advisor.Conversation.Delivery;

/// <summary>
/// Where replies the channel refused are kept, in the advisor's database: they hold what the bot said (remarks, region
/// names, report links), so they are deleted with their respondent and purged after the retention period like the rest.
/// </summary>
public interface IUndeliveredReplyStore
{
    /// <summary>
    /// Keeps the reply while the turn that produced it is stored. Returns false, and keeps nothing, when it is not: the
    /// respondent's data was deleted (a late retry must not write it back) or the turn was never saved.
    /// </summary>
    Task<bool> KeepAsync(UndeliveredReply reply, CancellationToken cancellationToken);

    /// <summary>The replies kept for a conversation, oldest first.</summary>
    Task<IReadOnlyList<UndeliveredReply>> ListAsync(string conversationKey, CancellationToken cancellationToken);
}
