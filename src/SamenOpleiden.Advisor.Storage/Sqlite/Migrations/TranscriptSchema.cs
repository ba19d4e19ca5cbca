namespace SamenOpleiden.Advisor.Storage.Sqlite.Migrations;

/// <summary>
/// Migration 3: channel transcripts (Direct Line today), one row per delivered message, keyed by
/// conversation and watermark so positions can neither repeat nor leave gaps.
/// </summary>
internal static class TranscriptSchema
{
    public const string Sql = """
        CREATE TABLE transcript_conversation (
            conversation_id TEXT NOT NULL PRIMARY KEY,
            created_utc     TEXT NOT NULL
        );
        CREATE TABLE transcript_entry (
            conversation_id TEXT    NOT NULL REFERENCES transcript_conversation (conversation_id),
            watermark       INTEGER NOT NULL,
            payload         TEXT    NOT NULL,
            PRIMARY KEY (conversation_id, watermark)
        ) WITHOUT ROWID;
        """;
}
