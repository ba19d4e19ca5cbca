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
}
