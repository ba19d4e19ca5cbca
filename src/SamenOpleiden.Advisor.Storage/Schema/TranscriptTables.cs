using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Schema;

/// <summary>
/// Migration 3: channel transcripts (Direct Line today), one row per delivered message, keyed by conversation and
/// watermark so positions can neither repeat nor leave gaps. The two databases got this table at different times and
/// shapes (PostgreSQL with its watermark counter and a cascading delete at once, SQLite with the counter in migration
/// 5), and an applied migration is never edited, so this one is written per provider.
/// </summary>
internal static class TranscriptTables
{
    public static Func<SqlDialect, string> Create { get; } = Migration.PerProvider(
        sqlite: """
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
            """,
        postgres: """
            CREATE TABLE transcript_conversation (
                conversation_id text PRIMARY KEY,
                created_utc     timestamptz NOT NULL,
                last_watermark  bigint NOT NULL DEFAULT 0
            );
            CREATE TABLE transcript_entry (
                conversation_id text   NOT NULL REFERENCES transcript_conversation (conversation_id) ON DELETE CASCADE,
                watermark       bigint NOT NULL,
                payload         text   NOT NULL,
                PRIMARY KEY (conversation_id, watermark)
            );
            """);
}
