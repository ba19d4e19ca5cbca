namespace SamenOpleiden.Advisor.Storage.Sqlite.Migrations;

/// <summary>Migration 1: conversation state, replies per processed activity, finished assessments.</summary>
internal static class ConversationSchema
{
    public const string Sql = """
        CREATE TABLE conversations (
            conversation_key TEXT PRIMARY KEY,
            respondent_key   TEXT NOT NULL,
            version          INTEGER NOT NULL,
            state_json       TEXT NOT NULL,
            updated_at       TEXT NOT NULL
        );
        CREATE INDEX ix_conversations_respondent ON conversations (respondent_key);

        CREATE TABLE processed_activities (
            conversation_key TEXT NOT NULL,
            activity_id      TEXT NOT NULL,
            respondent_key   TEXT NOT NULL,
            replies_json     TEXT NOT NULL,
            created_at       TEXT NOT NULL,
            PRIMARY KEY (conversation_key, activity_id)
        );
        CREATE INDEX ix_processed_activities_respondent ON processed_activities (respondent_key);

        CREATE TABLE assessments (
            assessment_id    TEXT PRIMARY KEY,
            conversation_key TEXT NOT NULL,
            respondent_key   TEXT NOT NULL,
            region_name      TEXT,
            rules_version    TEXT NOT NULL,
            input_json       TEXT NOT NULL,
            result_json      TEXT NOT NULL,
            remarks_json     TEXT NOT NULL,
            completed_at     TEXT NOT NULL
        );
        CREATE INDEX ix_assessments_respondent ON assessments (respondent_key);
        CREATE INDEX ix_assessments_region ON assessments (region_name);
        """;
}
