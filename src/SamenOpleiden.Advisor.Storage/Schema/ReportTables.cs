using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Schema;

/// <summary>
/// Migration 2: report archive, report links (hashed tokens with expiry), regions (hashed secrets) and their rounds;
/// migration 6 makes the completion time a real timestamp on PostgreSQL. Respondent rows are deleted through
/// <see cref="RespondentData"/>.
/// </summary>
internal static class ReportTables
{
    // completed_at was text on both databases at first (migration 6 changes it on PostgreSQL).
    public static string Create(SqlDialect d) => $"""
        CREATE TABLE report_regions (
            id               {d.Text} PRIMARY KEY,
            name             {d.Text} NOT NULL,
            coordinator_hash {d.Bytes} NOT NULL,
            access_code_hash {d.Bytes} NOT NULL UNIQUE,
            created_at       {d.Timestamp} NOT NULL
        );
        CREATE TABLE report_rounds (
            region_id {d.Text} NOT NULL REFERENCES report_regions (id) ON DELETE CASCADE,
            number    {d.Int} NOT NULL,
            opened_at {d.Timestamp} NOT NULL,
            PRIMARY KEY (region_id, number)
        );
        CREATE TABLE report_assessments (
            report_id       {d.Text} PRIMARY KEY,
            user_key        {d.Text} NOT NULL,
            region_id       {d.Text} NULL,
            round           {d.Int} NULL,
            consented_name  {d.Text} NULL,
            completed_at    {d.Text} NOT NULL,
            completed_ticks {d.BigInt} NOT NULL,
            result_json     {d.Text} NOT NULL,
            remarks_json    {d.Text} NOT NULL
        );
        CREATE INDEX ix_report_assessments_user ON report_assessments (user_key);
        CREATE INDEX ix_report_assessments_round ON report_assessments (region_id, round);
        CREATE TABLE report_links (
            token_hash    {d.Bytes} PRIMARY KEY,
            report_id     {d.Text} NOT NULL REFERENCES report_assessments (report_id) ON DELETE CASCADE,
            expires_ticks {d.BigInt} NOT NULL
        );
        CREATE INDEX ix_report_links_report ON report_links (report_id);
        """;

    /// <summary>
    /// Migration 6. PostgreSQL kept <c>report_assessments.completed_at</c> as ISO 8601 text so that one reader could
    /// serve both databases; it becomes a timestamp like every other. On SQLite a timestamp is that text.
    /// </summary>
    public static Func<SqlDialect, string> CompletionTimestamps { get; } = Migration.PerProvider(
        sqlite: "",
        postgres: "ALTER TABLE report_assessments ALTER COLUMN completed_at TYPE timestamptz USING completed_at::timestamptz;");
}
