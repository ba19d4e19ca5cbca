namespace SamenOpleiden.Advisor.Storage.Postgres;

/// <summary>
/// Every PostgreSQL table that holds a respondent's data (conversation and reports), with the Dutch words for it
/// (the same as <c>SqliteRespondentData</c>) and the statement that deletes it (parameter <c>@respondent</c>).
/// </summary>
internal static class PostgresRespondentData
{
    public static IReadOnlyList<(string Description, string DeleteSql)> Tables { get; } =
    [
        ("opgeslagen antwoorden van de bot", "DELETE FROM processed_activities WHERE respondent_key = @respondent;"),
        ("afgeronde typeringen en adviezen", "DELETE FROM assessments WHERE respondent_key = @respondent;"),
        ("links naar je rapporten", "DELETE FROM report_links WHERE report_id IN (SELECT report_id FROM report_assessments WHERE user_key = @respondent);"),
        ("je rapporten en je bijdrage aan regio-overzichten", "DELETE FROM report_assessments WHERE user_key = @respondent;"),
        ("gesprekken met je antwoorden en toelichtingen", "DELETE FROM conversations WHERE respondent_key = @respondent;"),
    ];
}
