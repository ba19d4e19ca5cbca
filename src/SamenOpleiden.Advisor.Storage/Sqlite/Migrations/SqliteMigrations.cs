namespace SamenOpleiden.Advisor.Storage.Sqlite.Migrations;

/// <summary>
/// The schema, as an ordered list of migrations. To add a table, append one line with the next
/// version number; a database created by an older build is brought up to date on start.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<SqliteMigration> All { get; } =
    [
        new(1, "conversations, processed activities, assessments", ConversationSchema.Sql),
        new(2, "report archive, report links, regions and rounds", ReportsSchema.Sql),
        new(3, "channel transcripts (Direct Line)", TranscriptSchema.Sql),
        new(4, "rephrasings of advice (optional LLM layer)", RephrasingSchema.Sql),
        new(5, "respondent links, erased transcripts, undelivered replies, retention", ErasureSchema.Sql),
    ];
}
