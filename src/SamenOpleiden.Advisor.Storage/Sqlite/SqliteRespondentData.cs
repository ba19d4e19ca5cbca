namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>
/// Every table that holds a respondent's data, with the Dutch words for it and the statement that
/// deletes it (parameter <c>$respondent</c>). A feature that stores respondent data in a new table
/// adds one line here, so "verwijder mijn gegevens" keeps removing everything. Statements run in
/// order in one transaction; <c>conversations</c> goes last, so a line above it may select
/// <c>conversation_key</c>s from it.
/// </summary>
internal static class SqliteRespondentData
{
    public static IReadOnlyList<(string Description, string DeleteSql)> Tables { get; } =
    [
        ("opgeslagen antwoorden van de bot", "DELETE FROM processed_activities WHERE respondent_key = $respondent;"),
        ("afgeronde typeringen en adviezen", "DELETE FROM assessments WHERE respondent_key = $respondent;"),
        ("links naar je rapporten", "DELETE FROM report_links WHERE report_id IN (SELECT report_id FROM report_assessments WHERE user_key = $respondent);"),
        ("je rapporten en je bijdrage aan regio-overzichten", "DELETE FROM report_assessments WHERE user_key = $respondent;"),
        ("gesprekken met je antwoorden en toelichtingen", "DELETE FROM conversations WHERE respondent_key = $respondent;"),
    ];
}
