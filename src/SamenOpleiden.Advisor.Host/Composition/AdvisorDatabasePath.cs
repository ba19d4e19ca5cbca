using Microsoft.Data.Sqlite;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// Where the SQLite file lives: an explicit path (<c>--db</c>), else <c>Storage:SqlitePath</c>, else the
/// data source of <c>ConnectionStrings:Advisor</c> (only when <c>Storage:Provider</c> is SQLite: for PostgreSQL that
/// string is PostgreSQL's), else <c>advisor.db</c> in the user's local app data
/// (or a <c>data</c> folder next to the app when there is none). Never the working directory.
/// </summary>
internal static class AdvisorDatabasePath
{
    public const string FileName = "advisor.db";

    public static string Resolve(IConfiguration? configuration, string? overridePath = null)
    {
        if (!string.IsNullOrWhiteSpace(overridePath))
        {
            return Path.GetFullPath(overridePath);
        }

        if (configuration?["Storage:SqlitePath"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        if (IsSqlite(configuration)
            && configuration?.GetConnectionString("Advisor") is { Length: > 0 } connectionString
            && new SqliteConnectionStringBuilder(connectionString).DataSource is { Length: > 0 } dataSource)
        {
            return Path.GetFullPath(dataSource);
        }

        var localData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return string.IsNullOrEmpty(localData)
            ? Path.Combine(AppContext.BaseDirectory, "data", FileName)
            : Path.Combine(localData, "SamenOpleiden.Advisor", FileName);
    }

    private static bool IsSqlite(IConfiguration? configuration) =>
        configuration?["Storage:Provider"] is not { Length: > 0 } provider
        || string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase);
}
