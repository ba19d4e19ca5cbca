namespace SamenOpleiden.Advisor.Storage.Postgres.Migrations;

/// <summary>The statements of each migration. JSON stays <c>text</c> so it is read back byte for byte.</summary>
internal static class PostgresSchema
{
    public const string Conversations = """
        CREATE TABLE conversations (
            conversation_key text PRIMARY KEY,
            respondent_key   text NOT NULL,
            version          bigint NOT NULL,
            state_json       text NOT NULL,
            updated_at       timestamptz NOT NULL
        );
        CREATE INDEX ix_conversations_respondent ON conversations (respondent_key);

        CREATE TABLE processed_activities (
            conversation_key text NOT NULL,
            activity_id      text NOT NULL,
            respondent_key   text NOT NULL,
            replies_json     text NOT NULL,
            created_at       timestamptz NOT NULL,
            PRIMARY KEY (conversation_key, activity_id)
        );
        CREATE INDEX ix_processed_activities_respondent ON processed_activities (respondent_key);

        CREATE TABLE assessments (
            assessment_id    text PRIMARY KEY,
            conversation_key text NOT NULL,
            respondent_key   text NOT NULL,
            region_name      text,
            rules_version    text NOT NULL,
            input_json       text NOT NULL,
            result_json      text NOT NULL,
            remarks_json     text NOT NULL,
            completed_at     timestamptz NOT NULL
        );
        CREATE INDEX ix_assessments_respondent ON assessments (respondent_key);
        CREATE INDEX ix_assessments_region ON assessments (region_name);
        """;

    public const string Transcripts = """
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
        """;

    public const string Rephrasings = """
        CREATE TABLE rephrasings (
            key        text PRIMARY KEY,
            texts      text NOT NULL,
            created_at timestamptz NOT NULL
        );
        """;

    public const string Reports = """
        CREATE TABLE report_regions (
            id               text PRIMARY KEY,
            name             text NOT NULL,
            coordinator_hash bytea NOT NULL,
            access_code_hash bytea NOT NULL UNIQUE,
            created_at       timestamptz NOT NULL
        );
        CREATE TABLE report_rounds (
            region_id text NOT NULL REFERENCES report_regions (id) ON DELETE CASCADE,
            number    integer NOT NULL,
            opened_at timestamptz NOT NULL,
            PRIMARY KEY (region_id, number)
        );
        CREATE TABLE report_assessments (
            report_id       text PRIMARY KEY,
            user_key        text NOT NULL,
            region_id       text NULL,
            round           integer NULL,
            consented_name  text NULL,
            completed_at    text NOT NULL,
            completed_ticks bigint NOT NULL,
            result_json     text NOT NULL,
            remarks_json    text NOT NULL
        );
        CREATE INDEX ix_report_assessments_user ON report_assessments (user_key);
        CREATE INDEX ix_report_assessments_round ON report_assessments (region_id, round);
        CREATE TABLE report_links (
            token_hash    bytea PRIMARY KEY,
            report_id     text NOT NULL REFERENCES report_assessments (report_id) ON DELETE CASCADE,
            expires_ticks bigint NOT NULL
        );
        CREATE INDEX ix_report_links_report ON report_links (report_id);
        """;

    /// <summary>Migration 5, the same as SQLite's <c>ErasureSchema</c>: what deletion and retention need.</summary>
    public const string Erasure = """
        ALTER TABLE transcript_conversation
            ADD COLUMN respondent_key text,
            ADD COLUMN total_bytes    bigint NOT NULL DEFAULT 0,
            ADD COLUMN updated_utc    timestamptz NOT NULL DEFAULT now();
        -- Older transcripts did not record their respondent; the engine keys a web chat 'directline:<conversation id>'.
        UPDATE transcript_conversation t SET
            total_bytes = COALESCE((SELECT SUM(octet_length(payload)) FROM transcript_entry e WHERE e.conversation_id = t.conversation_id), 0),
            updated_utc = created_utc,
            respondent_key = (SELECT respondent_key FROM conversations c WHERE c.conversation_key = 'directline:' || t.conversation_id);
        CREATE INDEX ix_transcript_conversation_respondent ON transcript_conversation (respondent_key);
        CREATE INDEX ix_transcript_conversation_updated ON transcript_conversation (updated_utc);

        CREATE TABLE erased_transcripts (
            conversation_hash text PRIMARY KEY,
            erased_at         timestamptz NOT NULL
        );

        CREATE TABLE undelivered_replies (
            reply_id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            conversation_key text NOT NULL,
            activity_id      text NOT NULL,
            respondent_key   text NOT NULL,
            payload          text NOT NULL,
            error            text NOT NULL,
            failed_at        timestamptz NOT NULL
        );
        CREATE INDEX ix_undelivered_replies_conversation ON undelivered_replies (conversation_key);
        CREATE INDEX ix_undelivered_replies_respondent ON undelivered_replies (respondent_key);

        ALTER TABLE rephrasings ADD COLUMN content_hash text;
        -- RephrasingCacheKey.Value ends with the 64 hex digits of the content hash.
        UPDATE rephrasings SET content_hash = right(key, 64);
        CREATE INDEX ix_rephrasings_content ON rephrasings (content_hash);

        CREATE INDEX ix_processed_activities_created ON processed_activities (created_at);
        """;
}
