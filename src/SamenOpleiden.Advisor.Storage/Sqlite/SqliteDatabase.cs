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

    /// <summary>
    /// After a deletion: copies the WAL into the database file and truncates it, so the older page images in the WAL
    /// (which still hold deleted text) are gone from disk. It waits for readers (busy timeout) and tries a few times;
    /// a reader that holds on longer only delays the truncation to the next deletion or retention run.
    /// </summary>
    internal async Task ScrubDeletedTextAsync()
    {
        await using var connection = Open();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await using var reader = await command.ExecuteReaderAsync();
            // One row: busy (1 when a reader or writer kept it from finishing), WAL frames, frames copied.
            if (await reader.ReadAsync() && reader.GetInt32(0) == 0)
            {
                return;
            }

            await Task.Delay(50 * attempt);
        }
    }

    private SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        // secure_delete: deleted rows and the older versions of updated ones are overwritten with zeros, so a deleted
        // respondent's text cannot be read from free pages (see ScrubDeletedText for the WAL).
        pragma.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;";
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
