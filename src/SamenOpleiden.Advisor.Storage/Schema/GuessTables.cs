using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Schema;

/// <summary>
/// Migration 7: wrong tries at region secrets per bucket, so every instance on the database counts the same tries.
/// A bucket is stored as a hash (its key names the client's address) and only while its window lasts.
/// </summary>
internal static class GuessTables
{
    public static string Create(SqlDialect d) => $"""
        CREATE TABLE guess_counts (
            bucket_hash {d.Text} NOT NULL PRIMARY KEY,
            failures    {d.Int} NOT NULL,
            window_ends {d.Timestamp} NOT NULL
        ){d.ClusteredByKey};
        """;
}
