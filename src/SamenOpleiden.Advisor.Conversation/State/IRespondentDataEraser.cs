namespace SamenOpleiden.Advisor.Conversation.State;

/// <summary>
/// Another feature's store that holds respondent data outside the conversation store (report archive,
/// channel transcripts). "verwijder mijn gegevens" calls every registered eraser after the
/// conversation store, and tells the respondent what each removed.
/// </summary>
public interface IRespondentDataEraser
{
    /// <summary>Deletes everything of <paramref name="respondentKey"/> (channel + ":" + user id) and says what went, in Dutch.</summary>
    Task<IReadOnlyList<DeletedData>> DeleteRespondentAsync(string respondentKey, CancellationToken cancellationToken);
}
