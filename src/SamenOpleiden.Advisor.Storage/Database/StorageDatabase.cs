using System.Data.Common;
using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Storage.Schema;
using SamenOpleiden.Advisor.Storage.Stores;

namespace SamenOpleiden.Advisor.Storage.Database;

/// <summary>
/// The one database every store works on: sessions to read in, write transactions, and what a provider adds around
/// them. The stores are written once against this; the SQLite file and the PostgreSQL server differ only in their
/// <see cref="SqlDialect"/> and in the overrides here (SQLite's write gate, group commit and recent state; PostgreSQL's
/// pool recovery and LISTEN/NOTIFY). Connections come from an ADO.NET <see cref="DbDataSource"/>; the database is
/// migrated once per process, before the first session is handed out.
/// </summary>
internal abstract class StorageDatabase(DbDataSource dataSource, SqlDialect dialect, TimeProvider time) : IAsyncDisposable
{
    private readonly SemaphoreSlim _migrating = new(1, 1);
    private volatile bool _migrated;

    public SqlDialect Dialect { get; } = dialect;

    public TimeProvider Time { get; } = time;

    protected DbDataSource DataSource { get; } = dataSource;

    /// <summary>The current time as a parameter value (<see cref="SqlDialect.TimestampValue(DateTimeOffset)"/>).</summary>
    public object Now() => Dialect.TimestampValue(Time.GetUtcNow());

    /// <summary>A session on the migrated database, for reads (and statements that need no transaction).</summary>
    public virtual async ValueTask<StorageSession> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        return new StorageSession(await DataSource.OpenConnectionAsync(cancellationToken));
    }

    /// <summary>A session in a write transaction; commit it, or disposing it rolls back.</summary>
    public virtual async ValueTask<StorageSession> BeginWriteAsync(CancellationToken cancellationToken)
    {
        var session = await OpenAsync(cancellationToken);
        try
        {
            await session.BeginAsync(cancellationToken);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Saves a turn all or nothing, at its expected version; returns its new version.</summary>
    /// <exception cref="ConversationConflictException">Another turn was saved first, or the activity was processed already.</exception>
    public virtual async Task<long> SaveTurnAsync(TurnToSave turn, CancellationToken cancellationToken)
    {
        await using var write = await BeginWriteAsync(cancellationToken);
        await TurnStatements.WriteAsync(write, Dialect, turn, cancellationToken);
        await write.CommitAsync(cancellationToken);
        return TurnStatements.VersionAfter(turn.Turn);
    }

    /// <summary>The state this process last committed for the conversation, taken so no other turn gets it; null when it keeps none.</summary>
    public virtual StoredConversation? TakeRecent(string conversationKey) => null;

    /// <summary>Forgets what this process keeps of a deleted respondent beside the database.</summary>
    public virtual void ForgetRespondent(string respondentKey)
    {
    }

    /// <summary>After a deletion: removes deleted text the database still keeps on disk where it can.</summary>
    public virtual Task ScrubDeletedTextAsync() => Task.CompletedTask;

    /// <summary>After a failed health check: drops idle connections, so recovery starts on fresh ones.</summary>
    public virtual void DropIdleConnections()
    {
    }

    /// <summary>How the instances on this database tell each other a transcript grew.</summary>
    public abstract ITranscriptNotifications CreateTranscriptNotifications(ILoggerFactory loggers);

    /// <summary>Applies missing migrations once per process; safe when several processes start at once.</summary>
    public async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (_migrated)
        {
            return;
        }

        await _migrating.WaitAsync(cancellationToken);
        try
        {
            if (!_migrated)
            {
                await using var connection = await OpenForMigrationAsync(cancellationToken);
                await Migrator.ApplyAsync(connection, Dialect, Migrations.All, Now(), cancellationToken);
                _migrated = true;
            }
        }
        finally
        {
            _migrating.Release();
        }
    }

    public virtual async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        _migrating.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A connection to migrate on, before any session exists.</summary>
    protected virtual async Task<DbConnection> OpenForMigrationAsync(CancellationToken cancellationToken) =>
        await DataSource.OpenConnectionAsync(cancellationToken);
}
