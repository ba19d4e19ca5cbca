using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Schema;

/// <summary>Migration 1: conversation state, replies per processed activity, finished assessments.</summary>
internal static class ConversationTables
{
    public static string Create(SqlDialect d) => $"""
        CREATE TABLE conversations (
            conversation_key {d.Text} PRIMARY KEY,
            respondent_key   {d.Text} NOT NULL,
            version          {d.BigInt} NOT NULL,
            state_json       {d.Text} NOT NULL,
            updated_at       {d.Timestamp} NOT NULL
        );
        CREATE INDEX ix_conversations_respondent ON conversations (respondent_key);

        CREATE TABLE processed_activities (
            conversation_key {d.Text} NOT NULL,
            activity_id      {d.Text} NOT NULL,
            respondent_key   {d.Text} NOT NULL,
            replies_json     {d.Text} NOT NULL,
            created_at       {d.Timestamp} NOT NULL,
            PRIMARY KEY (conversation_key, activity_id)
        );
        CREATE INDEX ix_processed_activities_respondent ON processed_activities (respondent_key);

        CREATE TABLE assessments (
            assessment_id    {d.Text} PRIMARY KEY,
            conversation_key {d.Text} NOT NULL,
            respondent_key   {d.Text} NOT NULL,
            region_name      {d.Text},
            rules_version    {d.Text} NOT NULL,
            input_json       {d.Text} NOT NULL,
            result_json      {d.Text} NOT NULL,
            remarks_json     {d.Text} NOT NULL,
            completed_at     {d.Timestamp} NOT NULL
        );
        CREATE INDEX ix_assessments_respondent ON assessments (respondent_key);
        CREATE INDEX ix_assessments_region ON assessments (region_name);
        """;
}
