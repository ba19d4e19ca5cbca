using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Storage.Sqlite.Migrations;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>
/// One SQLite file: created with its folder on first use, in WAL mode, migrated once per process.
/// Every store on the same file shares this; open a connection per operation.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly Lazy<bool> _migrated;

    public SqliteDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _migrated = new Lazy<bool>(Migrate, LazyThreadSafetyMode.ExecutionAndPublication);
        Sessions = new SqliteSessionPool(Open);
        TurnWriter = new SqliteTurnWriter(this);
    }

    /// <summary>Open connections with prepared commands, for statements that run on every turn.</summary>
    internal SqliteSessionPool Sessions { get; }

    /// <summary>The state each conversation had after this process's last commit of it.</summary>
    internal RecentConversations Recent { get; } = new();

    /// <summary>Writes the turns of every conversation on this file, several per transaction.</summary>
    internal SqliteTurnWriter TurnWriter { get; }

    /// <summary>
    /// Write transactions of this process take turns here instead of in SQLite's busy handler, which sleeps (1 to
    /// 100 ms) while holding a thread; other processes on the same file are still kept out by the file lock.
    /// </summary>
    internal SemaphoreSlim WriteGate { get; } = new(1, 1);

    /// <summary>The database file's full path.</summary>
    public string Path { get; }

    /// <summary>An open connection to a migrated database, with the pragmas every connection needs.</summary>
    public SqliteConnection Open()
    {
        _ = _migrated.Value;
        return OpenRaw();
    }

    private SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    private bool Migrate()
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var connection = OpenRaw();
        using (var wal = connection.CreateCommand())
        {
            // WAL is a property of the file: set once, readers then never block the writer.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        SqliteMigrator.Apply(connection, SqliteMigrations.All);
        return true;
    }
}
