namespace SamenOpleiden.Advisor.Storage.Sqlite.Migrations;

/// <summary>
/// Migration 5: what deletion and retention need. Transcripts learn their respondent, their size (for the cap) and
/// when they last grew; erased ones leave a hash so their tokens cannot bring them back; replies the channel refused
/// move from a file into <c>undelivered_replies</c>; rephrasings are found by the content they were made of.
/// </summary>
internal static class ErasureSchema
{
    public const string Sql = """
        ALTER TABLE transcript_conversation ADD COLUMN respondent_key TEXT;
        ALTER TABLE transcript_conversation ADD COLUMN last_watermark INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE transcript_conversation ADD COLUMN total_bytes INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE transcript_conversation ADD COLUMN updated_utc TEXT NOT NULL DEFAULT '';
        -- Older transcripts did not record their respondent; the engine keys a web chat 'directline:<conversation id>'.
        UPDATE transcript_conversation SET
            last_watermark = COALESCE((SELECT MAX(watermark) FROM transcript_entry e WHERE e.conversation_id = transcript_conversation.conversation_id), 0),
            total_bytes = COALESCE((SELECT SUM(length(CAST(payload AS BLOB))) FROM transcript_entry e WHERE e.conversation_id = transcript_conversation.conversation_id), 0),
            updated_utc = created_utc,
            respondent_key = (SELECT respondent_key FROM conversations c WHERE c.conversation_key = 'directline:' || transcript_conversation.conversation_id);
        CREATE INDEX ix_transcript_conversation_respondent ON transcript_conversation (respondent_key);
        CREATE INDEX ix_transcript_conversation_updated ON transcript_conversation (updated_utc);

        CREATE TABLE erased_transcripts (
            conversation_hash TEXT NOT NULL PRIMARY KEY,
            erased_at         TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE undelivered_replies (
            reply_id         INTEGER PRIMARY KEY,
            conversation_key TEXT NOT NULL,
            activity_id      TEXT NOT NULL,
            respondent_key   TEXT NOT NULL,
            payload          TEXT NOT NULL,
            error            TEXT NOT NULL,
            failed_at        TEXT NOT NULL
        );
        CREATE INDEX ix_undelivered_replies_conversation ON undelivered_replies (conversation_key);
        CREATE INDEX ix_undelivered_replies_respondent ON undelivered_replies (respondent_key);

        ALTER TABLE rephrasings ADD COLUMN content_hash TEXT;
        -- RephrasingCacheKey.Value ends with the 64 hex digits of the content hash.
        UPDATE rephrasings SET content_hash = substr(key, -64);
        CREATE INDEX ix_rephrasings_content ON rephrasings (content_hash);

        CREATE INDEX ix_processed_activities_created ON processed_activities (created_at);
        """;
}
