using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Schema;

/// <summary>Migration 4: rephrasings that passed the guard, keyed by result content, style, rules, prompts and model.</summary>
internal static class RephrasingTables
{
    public static string Create(SqlDialect d) => $"""
        CREATE TABLE rephrasings (
            key        {d.Text} NOT NULL PRIMARY KEY,
            texts      {d.Text} NOT NULL,
            created_at {d.Timestamp} NOT NULL
        ){d.ClusteredByKey};
        """;
}
