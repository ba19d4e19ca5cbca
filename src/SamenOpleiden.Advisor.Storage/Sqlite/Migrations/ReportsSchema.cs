namespace SamenOpleiden.Advisor.Storage.Sqlite.Migrations;

/// <summary>
/// Migration 2: report archive, report links (hashed tokens with expiry), regions (hashed secrets)
/// and their rounds. Respondent rows are deleted through <see cref="SqliteRespondentData"/>.
/// </summary>
internal static class ReportsSchema
{
    public const string Sql = """
        CREATE TABLE report_regions (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            coordinator_hash BLOB NOT NULL,
            access_code_hash BLOB NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        );
        CREATE TABLE report_rounds (
            region_id TEXT NOT NULL REFERENCES report_regions(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            opened_at TEXT NOT NULL,
            PRIMARY KEY (region_id, number)
        );
        CREATE TABLE report_assessments (
            report_id TEXT PRIMARY KEY,
            user_key TEXT NOT NULL,
            region_id TEXT NULL,
            round INTEGER NULL,
            consented_name TEXT NULL,
            completed_at TEXT NOT NULL,
            completed_ticks INTEGER NOT NULL,
            result_json TEXT NOT NULL,
            remarks_json TEXT NOT NULL
        );
        CREATE INDEX ix_report_assessments_user ON report_assessments (user_key);
        CREATE INDEX ix_report_assessments_round ON report_assessments (region_id, round);
        CREATE TABLE report_links (
            token_hash BLOB PRIMARY KEY,
            report_id TEXT NOT NULL REFERENCES report_assessments(report_id) ON DELETE CASCADE,
            expires_ticks INTEGER NOT NULL
        );
        CREATE INDEX ix_report_links_report ON report_links (report_id);
        """;
}
