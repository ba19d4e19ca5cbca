namespace SamenOpleiden.Advisor.Storage.Postgres.Migrations;

/// <summary>
/// The PostgreSQL schema as an ordered list of migrations, table for table the same data as the
/// SQLite schema. To add a table, append one line with the next version number.
/// </summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<PostgresMigration> All { get; } =
    [
        new(1, "conversations, processed activities, assessments", PostgresSchema.Conversations),
        new(2, "Direct Line transcripts", PostgresSchema.Transcripts),
        new(3, "report archive, regions and rounds", PostgresSchema.Reports),
        new(4, "rephrasings of advice (optional LLM layer)", PostgresSchema.Rephrasings),
        new(5, "respondent links, erased transcripts, undelivered replies, retention", PostgresSchema.Erasure),
    ];
}
