namespace SamenOpleiden.Advisor.Storage.Schema;

/// <summary>
/// One table that holds a respondent's data: its name, the Dutch words the deletion report uses for it, and the
/// statement that deletes the respondent's rows from it. A contract test checks that every table of the schema is
/// either listed like this or declared to hold nothing of a respondent.
/// </summary>
internal sealed record RespondentTable(string Table, string Description, string DeleteSql);
