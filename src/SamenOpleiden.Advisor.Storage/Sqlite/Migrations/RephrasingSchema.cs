namespace SamenOpleiden.Advisor.Storage.Sqlite.Migrations;

/// <summary>Migration 4: rephrasings that passed the guard, keyed by result content, style, rules, prompts and model.</summary>
internal static class RephrasingSchema
{
    public const string Sql = """
        CREATE TABLE rephrasings (
            key        TEXT NOT NULL PRIMARY KEY,
            texts      TEXT NOT NULL,
            created_at TEXT NOT NULL
        ) WITHOUT ROWID;
        """;
}
