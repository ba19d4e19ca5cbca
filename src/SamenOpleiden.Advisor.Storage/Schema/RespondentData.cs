using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Schema;

/// <summary>
/// Where a respondent's data lives in the schema, and how "verwijder mijn gegevens" removes it (parameters
/// <c>@respondent</c>, <c>@rephrased</c>: a JSON array of the content hashes read with <see cref="RephrasedContentSql"/>,
/// <c>@erased</c>: a JSON array of the hashes of <see cref="TranscriptsSql"/>, <c>@now</c>). A table that stores
/// respondent data adds a line to <see cref="Tables"/>; one that never does goes in
/// <see cref="TablesWithoutRespondentData"/>. The contract test fails on a table in neither. Statements run in order in
/// one transaction; a line may select from a table that a later line deletes from.
/// </summary>
internal static class RespondentData
{
    /// <summary>The results and remarks whose rephrasings go with the respondent.</summary>
    public const string RephrasedContentSql = """
        SELECT result_json, remarks_json FROM assessments WHERE respondent_key = @respondent
        UNION ALL SELECT result_json, remarks_json FROM report_assessments WHERE user_key = @respondent;
        """;

    /// <summary>The respondent's web chat transcripts, which leave a hash behind so their tokens stay dead.</summary>
    public const string TranscriptsSql = "SELECT conversation_id FROM transcript_conversation WHERE respondent_key = @respondent;";

    /// <summary>
    /// Tables that hold nothing of a respondent: the schema, regions with their hashed secrets, rounds, hashes of erased
    /// transcripts, and counts of wrong tries under hashed client addresses, deleted when their window ends (minutes).
    /// </summary>
    public static IReadOnlyList<string> TablesWithoutRespondentData { get; } = ["schema_version", "report_regions", "report_rounds", "erased_transcripts", "guess_counts"];

    // WHERE true: SQLite would read ON CONFLICT after a FROM item as the start of a join's ON clause.
    public static string RecordErasedSql(SqlDialect d) =>
        $"INSERT INTO erased_transcripts (conversation_hash, erased_at) SELECT value, @now FROM {d.JsonStrings("@erased")} WHERE true ON CONFLICT DO NOTHING;";

    public static IReadOnlyList<RespondentTable> Tables(SqlDialect d) =>
    [
        new("rephrasings", "herschreven adviezen", $"DELETE FROM rephrasings WHERE content_hash IN (SELECT value FROM {d.JsonStrings("@rephrased")});"),
        new("processed_activities", "opgeslagen antwoorden van de bot", "DELETE FROM processed_activities WHERE respondent_key = @respondent;"),
        new("undelivered_replies", "niet bezorgde antwoorden", "DELETE FROM undelivered_replies WHERE respondent_key = @respondent;"),
        new("assessments", "afgeronde typeringen en adviezen", "DELETE FROM assessments WHERE respondent_key = @respondent;"),
        new("report_links", "links naar je rapporten", "DELETE FROM report_links WHERE report_id IN (SELECT report_id FROM report_assessments WHERE user_key = @respondent);"),
        new("report_assessments", "je rapporten en je bijdrage aan regio-overzichten", "DELETE FROM report_assessments WHERE user_key = @respondent;"),
        new("transcript_entry", "berichten in de webchat", "DELETE FROM transcript_entry WHERE conversation_id IN (SELECT conversation_id FROM transcript_conversation WHERE respondent_key = @respondent);"),
        new("transcript_conversation", "webchatgesprekken", "DELETE FROM transcript_conversation WHERE respondent_key = @respondent;"),
        new("conversations", "gesprekken met je antwoorden en toelichtingen", "DELETE FROM conversations WHERE respondent_key = @respondent;"),
    ];
}
