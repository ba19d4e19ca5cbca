using System.Text.Json;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Storage.Database;
using SamenOpleiden.Advisor.Storage.Schema;

namespace SamenOpleiden.Advisor.Storage.Stores;

/// <summary>
/// Conversation state, the replies per processed activity and finished assessments. A save is all or nothing with a
/// version check (<see cref="TurnStatements"/>), written as the database writes turns (<see cref="StorageDatabase.SaveTurnAsync"/>);
/// a load takes the state the process last committed when it keeps one.
/// </summary>
internal sealed class ConversationStore(StorageDatabase database) : IConversationStore
{
    private const string LoadSql = "SELECT state_json, version FROM conversations WHERE conversation_key = @key;";
    private const string RepliesSql = "SELECT replies_json FROM processed_activities WHERE conversation_key = @key AND activity_id = @activity;";

    public async Task<StoredConversation?> LoadAsync(string conversationKey, CancellationToken cancellationToken)
    {
        if (database.TakeRecent(conversationKey) is { } recent)
        {
            return recent;
        }

        await using var session = await database.OpenAsync(cancellationToken);
        await using var reader = await session.Command(LoadSql).With("@key", conversationKey).ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredConversation(ConversationStateJson.Deserialize(reader.GetString(0)), reader.GetInt64(1))
            : null;
    }

    public async Task<IReadOnlyList<Reply>?> FindRepliesAsync(string conversationKey, string activityId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        var json = await session.Command(RepliesSql).With("@key", conversationKey).With("@activity", activityId).ExecuteScalarAsync(cancellationToken);
        return json is string text ? ReplyJson.Deserialize(text) : null;
    }

    public Task<long> SaveTurnAsync(TurnRecord turn, CancellationToken cancellationToken) => database.SaveTurnAsync(
        new TurnToSave(turn, ConversationStateJson.Serialize(turn.State), turn.ActivityId is null ? null : ReplyJson.Serialize(turn.Replies), database.Now()),
        cancellationToken);

    public async Task<DeletionReport> DeleteRespondentAsync(string respondentKey, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var rephrased = await write.Command(RespondentData.RephrasedContentSql).With("@respondent", respondentKey)
            .ReadAllAsync(row => ErasureHashes.OfRephrasedContent(row.GetString(0), row.GetString(1)), cancellationToken);
        var erased = await write.Command(RespondentData.TranscriptsSql).With("@respondent", respondentKey)
            .ReadAllAsync(row => ErasureHashes.OfConversation(row.GetString(0)), cancellationToken);
        (string Name, object Value)[] parameters =
        [
            ("@respondent", respondentKey),
            ("@rephrased", JsonSerializer.Serialize(rephrased.OfType<string>())),
            ("@erased", JsonSerializer.Serialize(erased)),
            ("@now", database.Now()),
        ];

        await ExecuteAsync(RespondentData.RecordErasedSql(database.Dialect));
        var items = new List<DeletedData>();
        foreach (var table in RespondentData.Tables(database.Dialect))
        {
            items.Add(new DeletedData(table.Description, await ExecuteAsync(table.DeleteSql)));
        }

        await write.CommitAsync(cancellationToken);
        // Still in the write: no turn of the respondent can be committed in between and kept as recent state.
        database.ForgetRespondent(respondentKey);
        await database.ScrubDeletedTextAsync();
        return new DeletionReport(items);

        Task<int> ExecuteAsync(string sql)
        {
            var command = write.Command(sql);
            foreach (var (name, value) in parameters.Where(p => sql.Contains(p.Name, StringComparison.Ordinal)))
            {
                command.With(name, value);
            }

            return command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<FinishedAssessment?> FindAssessmentAsync(string assessmentId, CancellationToken cancellationToken) =>
        (await QueryAssessmentsAsync("assessment_id", assessmentId, cancellationToken)).FirstOrDefault();

    public Task<IReadOnlyList<FinishedAssessment>> ListAssessmentsAsync(string respondentKey, CancellationToken cancellationToken) =>
        QueryAssessmentsAsync("respondent_key", respondentKey, cancellationToken);

    private async Task<IReadOnlyList<FinishedAssessment>> QueryAssessmentsAsync(string column, string value, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        return await session.Command($"SELECT {StoredRows.FinishedAssessmentColumns} FROM assessments WHERE {column} = @value ORDER BY completed_at, assessment_id;")
            .With("@value", value)
            .ReadAllAsync(StoredRows.ReadFinishedAssessment, cancellationToken);
    }
}
