using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Schema;

/// <summary>
/// Migration 5: what deletion and retention need. Transcripts learn their respondent, their size (for the cap) and
/// when they last grew; erased ones leave a hash so their tokens cannot bring them back; replies the channel refused
/// move from a file into <c>undelivered_replies</c>; rephrasings are found by the content they were made of.
/// </summary>
internal static class ErasureTables
{
    public static string Create(SqlDialect d) => TranscriptColumns(d) + $"""
        CREATE INDEX ix_transcript_conversation_respondent ON transcript_conversation (respondent_key);
        CREATE INDEX ix_transcript_conversation_updated ON transcript_conversation (updated_utc);

        CREATE TABLE erased_transcripts (
            conversation_hash {d.Text} NOT NULL PRIMARY KEY,
            erased_at         {d.Timestamp} NOT NULL
        ){d.ClusteredByKey};

        CREATE TABLE undelivered_replies (
            reply_id         {d.Identity},
            conversation_key {d.Text} NOT NULL,
            activity_id      {d.Text} NOT NULL,
            respondent_key   {d.Text} NOT NULL,
            payload          {d.Text} NOT NULL,
            error            {d.Text} NOT NULL,
            failed_at        {d.Timestamp} NOT NULL
        );
        CREATE INDEX ix_undelivered_replies_conversation ON undelivered_replies (conversation_key);
        CREATE INDEX ix_undelivered_replies_respondent ON undelivered_replies (respondent_key);

        ALTER TABLE rephrasings ADD COLUMN content_hash {d.Text};
        -- RephrasingCacheKey.Value ends with the 64 hex digits of the content hash.
        UPDATE rephrasings SET content_hash = substr(key, length(key) - 63);
        CREATE INDEX ix_rephrasings_content ON rephrasings (content_hash);

        CREATE INDEX ix_processed_activities_created ON processed_activities (created_at);
        """;

    // The transcript tables differ since migration 3 (see TranscriptTables), and so do their new columns. Older
    // transcripts did not record their respondent; the engine keys a web chat 'directline:<conversation id>'.
    private static Func<SqlDialect, string> TranscriptColumns { get; } = Migration.PerProvider(
        sqlite: """
            ALTER TABLE transcript_conversation ADD COLUMN respondent_key TEXT;
            ALTER TABLE transcript_conversation ADD COLUMN last_watermark INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE transcript_conversation ADD COLUMN total_bytes INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE transcript_conversation ADD COLUMN updated_utc TEXT NOT NULL DEFAULT '';
            UPDATE transcript_conversation SET
                last_watermark = COALESCE((SELECT MAX(watermark) FROM transcript_entry e WHERE e.conversation_id = transcript_conversation.conversation_id), 0),
                total_bytes = COALESCE((SELECT SUM(length(CAST(payload AS BLOB))) FROM transcript_entry e WHERE e.conversation_id = transcript_conversation.conversation_id), 0),
                updated_utc = created_utc,
                respondent_key = (SELECT respondent_key FROM conversations c WHERE c.conversation_key = 'directline:' || transcript_conversation.conversation_id);

            """,
        postgres: """
            ALTER TABLE transcript_conversation
                ADD COLUMN respondent_key text,
                ADD COLUMN total_bytes    bigint NOT NULL DEFAULT 0,
                ADD COLUMN updated_utc    timestamptz NOT NULL DEFAULT now();
            UPDATE transcript_conversation t SET
                total_bytes = COALESCE((SELECT SUM(octet_length(payload)) FROM transcript_entry e WHERE e.conversation_id = t.conversation_id), 0),
                updated_utc = created_utc,
                respondent_key = (SELECT respondent_key FROM conversations c WHERE c.conversation_key = 'directline:' || t.conversation_id);

            """);
}
