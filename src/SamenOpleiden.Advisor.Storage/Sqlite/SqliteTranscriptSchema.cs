namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>
/// The transcript tables. Kept apart as one idempotent script so it can become a numbered migration
/// once the shared SQLite migration mechanism exists.
/// </summary>
internal static class SqliteTranscriptSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS transcript_conversation (
            conversation_id TEXT NOT NULL PRIMARY KEY,
            created_utc     TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS transcript_entry (
            conversation_id TEXT    NOT NULL REFERENCES transcript_conversation (conversation_id),
            watermark       INTEGER NOT NULL,
            payload         TEXT    NOT NULL,
            PRIMARY KEY (conversation_id, watermark)
        ) WITHOUT ROWID;
        """;
}
