namespace SamenOpleiden.Advisor.Storage.Schema;

/// <summary>
/// The schema of both databases, as one ordered list of migrations. To add a table, append one line here with the
/// next version number and its <c>CREATE TABLE</c> written once with the dialect's column types, then classify the
/// table in <see cref="RespondentData"/>; a database created by an older build is brought up to date on start.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "conversations, processed activities, assessments", ConversationTables.Create),
        new(2, "report archive, report links, regions and rounds", ReportTables.Create),
        new(3, "channel transcripts (Direct Line)", TranscriptTables.Create),
        new(4, "rephrasings of advice (optional LLM layer)", RephrasingTables.Create),
        new(5, "respondent links, erased transcripts, undelivered replies, retention", ErasureTables.Create),
        new(6, "report completion times as timestamps", ReportTables.CompletionTimestamps),
        new(7, "wrong tries at region secrets, shared by every instance", GuessTables.Create),
    ];
}
