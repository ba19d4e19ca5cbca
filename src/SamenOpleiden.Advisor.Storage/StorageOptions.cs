using Microsoft.Data.Sqlite;
using Npgsql;
using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage;

/// <summary>
/// Where the service keeps its data: the <c>Storage</c> section and the connection string beside it.
/// <code>
/// "Storage": { "Provider": "Sqlite", "SqlitePath": "/var/lib/advisor/advisor.db" }
/// "Storage": { "Provider": "Postgres" }, "ConnectionStrings": { "Advisor": "Host=db.example;Port=5432;Database=advisor;Username=advisor;Password=..." }
/// </code>
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The file name of the SQLite database where no path is configured.</summary>
    public const string DefaultSqliteFileName = "advisor.db";

    /// <summary><c>Sqlite</c> (the default: one file, one service process) or <c>Postgres</c> (several instances on <c>ConnectionStrings:Advisor</c>).</summary>
    public string? Provider { get; set; }

    /// <summary>The SQLite file; a verb's <c>--db</c> sets it too.</summary>
    public string? SqlitePath { get; set; }

    /// <summary><c>ConnectionStrings:Advisor</c>: PostgreSQL's, or for SQLite a <c>Data Source=</c> when <see cref="SqlitePath"/> is not set.</summary>
    public string? ConnectionString { get; internal set; }

    internal StorageProvider? ProviderKind =>
        string.IsNullOrWhiteSpace(Provider) || string.Equals(Provider, "Sqlite", StringComparison.OrdinalIgnoreCase) ? StorageProvider.Sqlite
        : string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase) ? StorageProvider.Postgres
        : null;

    /// <summary>
    /// The SQLite file: <see cref="SqlitePath"/>, else the data source of <see cref="ConnectionString"/> (when the
    /// provider is SQLite: for PostgreSQL that string is PostgreSQL's), else <c>advisor.db</c> in the user's local app
    /// data (or a <c>data</c> folder next to the app when there is none). Never the working directory.
    /// </summary>
    public string SqliteFile()
    {
        if (!string.IsNullOrWhiteSpace(SqlitePath))
        {
            return Path.GetFullPath(SqlitePath);
        }

        if (ProviderKind == StorageProvider.Sqlite && !string.IsNullOrWhiteSpace(ConnectionString) && new SqliteConnectionStringBuilder(ConnectionString).DataSource is { Length: > 0 } dataSource)
        {
            return Path.GetFullPath(dataSource);
        }

        var localData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return string.IsNullOrEmpty(localData)
            ? Path.Combine(AppContext.BaseDirectory, "data", DefaultSqliteFileName)
            : Path.Combine(localData, "SamenOpleiden.Advisor", DefaultSqliteFileName);
    }

    /// <summary>What is wrong with these settings, each naming its key; empty when nothing is.</summary>
    internal IEnumerable<string> Faults()
    {
        switch (ProviderKind)
        {
            case null:
                yield return $"Storage:Provider '{Provider}' is unknown; use Sqlite or Postgres.";
                break;
            case StorageProvider.Postgres when string.IsNullOrWhiteSpace(ConnectionString):
                yield return "Storage:Provider is Postgres but ConnectionStrings:Advisor is empty.";
                break;
            case StorageProvider.Postgres when ConnectionStringFault(() => new NpgsqlConnectionStringBuilder(ConnectionString)) is { } fault:
                yield return $"ConnectionStrings:Advisor is not a PostgreSQL connection string: {fault}";
                break;
            case StorageProvider.Sqlite when string.IsNullOrWhiteSpace(SqlitePath) && !string.IsNullOrWhiteSpace(ConnectionString)
                && ConnectionStringFault(() => new SqliteConnectionStringBuilder(ConnectionString)) is { } fault:
                yield return $"ConnectionStrings:Advisor is not a SQLite connection string: {fault}";
                break;
        }
    }

    private static string? ConnectionStringFault(Action parse)
    {
        try
        {
            parse();
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }
}
