using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Schema;

/// <summary>One schema change: applied once, in its own transaction, and recorded in <c>schema_version</c>.</summary>
/// <param name="Version">Strictly increasing; never renumber or edit an applied migration, append a new one.</param>
/// <param name="Description">What it adds, for logs and reviews.</param>
/// <param name="Sql">
/// Its statements in the dialect's words: written once with the dialect's column types, or one text per provider
/// (<see cref="PerProvider"/>) where the two must differ. Empty where a provider has nothing to change; the version is
/// recorded all the same, so both count alike.
/// </param>
internal sealed record Migration(int Version, string Description, Func<SqlDialect, string> Sql)
{
    /// <summary>Statements that differ by provider.</summary>
    public static Func<SqlDialect, string> PerProvider(string sqlite, string postgres) =>
        dialect => dialect.Provider == StorageProvider.Sqlite ? sqlite : postgres;
}
