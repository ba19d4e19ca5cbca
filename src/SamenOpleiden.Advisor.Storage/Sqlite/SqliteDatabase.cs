using System.Data.Common;
using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Storage.Database;
using SamenOpleiden.Advisor.Storage.Stores;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>
/// One SQLite file: created with its folder on first use, in WAL mode. What SQLite adds to the shared stores is how
/// one process writes fast and safely: sessions that keep their prepared commands (<see cref="SqliteSessionPool"/>),
/// writes that take turns at an async gate, turns saved in group commits (<see cref="SqliteTurnWriter"/>) with the
/// state each conversation had after its last commit kept for its next turn (<see cref="RecentConversations"/>), and
/// the WAL truncated after a deletion.
/// </summary>
internal sealed class SqliteDatabase : StorageDatabase
{
    private readonly SqliteTurnWriter _turnWriter;

    public SqliteDatabase(string path, TimeProvider time)
        : base(new SqliteFileDataSource(Path.GetFullPath(path)), SqliteDialect.Instance, time)
    {
        FilePath = Path.GetFullPath(path);
        Sessions = new SqliteSessionPool(DataSource);
        _turnWriter = new SqliteTurnWriter(this);
    }

    /// <summary>The database file's full path.</summary>
    public string FilePath { get; }

    /// <summary>Open connections with prepared commands, lent to one operation at a time.</summary>
    public SqliteSessionPool Sessions { get; }

    /// <summary>The state each conversation had after this process's last commit of it.</summary>
    public RecentConversations Recent { get; } = new();

    /// <summary>
    /// Write transactions of this process take turns here instead of in SQLite's busy handler, which sleeps (1 to
    /// 100 ms) while holding a thread; other processes on the same file are still kept out by the file lock.
    /// </summary>
    public SemaphoreSlim WriteGate { get; } = new(1, 1);

    public override async ValueTask<StorageSession> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        return Sessions.Rent();
    }

    public override async ValueTask<StorageSession> BeginWriteAsync(CancellationToken cancellationToken)
    {
        await WriteGate.WaitAsync(cancellationToken);
        StorageSession? session = null;
        try
        {
            session = await OpenAsync(cancellationToken);
            session.Begin();
            session.HoldUntilDisposed(WriteGate);
            return session;
        }
        catch
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }

            WriteGate.Release();
            throw;
        }
    }

    // Once queued the turn is written even when the request goes away: its replies then answer a redelivery.
    public override Task<long> SaveTurnAsync(TurnToSave turn, CancellationToken cancellationToken) => _turnWriter.SaveAsync(turn);

    public override StoredConversation? TakeRecent(string conversationKey) => Recent.TryTake(conversationKey);

    public override void ForgetRespondent(string respondentKey) => Recent.ForgetRespondent(respondentKey);

    /// <summary>
    /// After a deletion: copies the WAL into the database file and truncates it, so the older page images in the WAL
    /// (which still hold deleted text) are gone from disk. It waits for readers (busy timeout) and tries a few times;
    /// a reader that holds on longer only delays the truncation to the next deletion or retention run.
    /// </summary>
    public override async Task ScrubDeletedTextAsync()
    {
        await using var session = await OpenAsync(CancellationToken.None);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await using (var reader = await session.Command("PRAGMA wal_checkpoint(TRUNCATE);").ExecuteReaderAsync())
            {
                // One row: busy (1 when a reader or writer kept it from finishing), WAL frames, frames copied.
                if (await reader.ReadAsync() && reader.GetInt32(0) == 0)
                {
                    return;
                }
            }

            await Task.Delay(50 * attempt);
        }
    }

    public override ITranscriptNotifications CreateTranscriptNotifications(ILoggerFactory loggers) => new InProcessTranscriptNotifications();

    /// <summary>An open connection of its own (the writer's, the checkpointer's), on the migrated file.</summary>
    public DbConnection OpenConnection()
    {
        // Completes at once: SQLite's I/O is synchronous, and another thread migrating is waited for.
        EnsureMigratedAsync(CancellationToken.None).GetAwaiter().GetResult();
        return DataSource.OpenConnection();
    }

    /// <summary>The turn writer's session: its own connection, outside the pool.</summary>
    public StorageSession OpenWriterSession() => new(OpenConnection(), keepCommands: true);

    public override async ValueTask DisposeAsync()
    {
        Sessions.Clear();
        await base.DisposeAsync();
    }

    protected override async Task<DbConnection> OpenForMigrationAsync(CancellationToken cancellationToken)
    {
        if (Path.GetDirectoryName(FilePath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var wal = connection.CreateCommand();
        // WAL is a property of the file: set once, readers then never block the writer.
        wal.CommandText = "PRAGMA journal_mode = WAL;";
        await wal.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
