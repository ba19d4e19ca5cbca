namespace SamenOpleiden.Advisor.Storage.Postgres;

/// <summary>
/// Where a respondent's data lives in the PostgreSQL schema: the same tables, descriptions and order as
/// <c>SqliteRespondentData</c>, with PostgreSQL's parameters (<c>@respondent</c>, <c>@rephrased</c> and <c>@erased</c> as text arrays).
/// </summary>
internal static class PostgresRespondentData
{
    public const string RephrasedContentSql = """
        SELECT result_json, remarks_json FROM assessments WHERE respondent_key = @respondent
        UNION ALL SELECT result_json, remarks_json FROM report_assessments WHERE user_key = @respondent;
        """;

    public const string TranscriptsSql = "SELECT conversation_id FROM transcript_conversation WHERE respondent_key = @respondent;";

    public const string RecordErasedSql =
        "INSERT INTO erased_transcripts (conversation_hash, erased_at) SELECT unnest(@erased), now() ON CONFLICT DO NOTHING;";

    public static IReadOnlyList<RespondentTable> Tables { get; } =
    [
        new("rephrasings", "herschreven adviezen", "DELETE FROM rephrasings WHERE content_hash = ANY(@rephrased);"),
        new("processed_activities", "opgeslagen antwoorden van de bot", "DELETE FROM processed_activities WHERE respondent_key = @respondent;"),
        new("undelivered_replies", "niet bezorgde antwoorden", "DELETE FROM undelivered_replies WHERE respondent_key = @respondent;"),
        new("assessments", "afgeronde typeringen en adviezen", "DELETE FROM assessments WHERE respondent_key = @respondent;"),
        new("report_links", "links naar je rapporten", "DELETE FROM report_links WHERE report_id IN (SELECT report_id FROM report_assessments WHERE user_key = @respondent);"),
        new("report_assessments", "je rapporten en je bijdrage aan regio-overzichten", "DELETE FROM report_assessments WHERE user_key = @respondent;"),
        new("transcript_entry", "berichten in de webchat", "DELETE FROM transcript_entry WHERE conversation_id IN (SELECT conversation_id FROM transcript_conversation WHERE respondent_key = @respondent);"),
        new("transcript_conversation", "webchatgesprekken", "DELETE FROM transcript_conversation WHERE respondent_key = @respondent;"),
        new("conversations", "gesprekken met je antwoorden en toelichtingen", "DELETE FROM conversations WHERE respondent_key = @respondent;"),
    ];

    public static IReadOnlyList<string> TablesWithoutRespondentData { get; } = ["schema_version", "report_regions", "report_rounds", "erased_transcripts"];
}
