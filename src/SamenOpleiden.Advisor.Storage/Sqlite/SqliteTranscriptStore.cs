using System.Data;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Conversation.Transcripts;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>
/// Transcripts in a SQLite file (WAL mode). Appends run in an immediate transaction that reads the
/// last watermark and inserts the next, and the primary key forbids two entries at one watermark,
/// so concurrent writers, even in several processes, never leave a gap or a duplicate.
/// </summary>
/// <remarks>
/// Statements run on open connections with prepared commands, and this process's writers take turns on an async gate:
/// without it, two appends at once made Microsoft.Data.Sqlite retry SQLITE_BUSY with 150 ms sleeps, which put the
/// Direct Line round trip in seconds at 100 turns/s (bench/run). Commits do not wait for fsync (synchronous=NORMAL,
/// as the conversation store): in WAL mode a crash of the process loses nothing.
/// </remarks>
public sealed class SqliteTranscriptStore : ITranscriptStore
{
    private readonly string _connectionString;
    private readonly Lazy<Task> _schema;
    private readonly SqliteSessionPool _sessions;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, e.g. <c>Data Source=advisor.db</c>.</param>
    public SqliteTranscriptStore(string connectionString)
    {
        _connectionString = connectionString;
        _schema = new Lazy<Task>(CreateSchemaAsync);
        _sessions = new SqliteSessionPool(OpenConfigured);
    }

    public async Task<bool> CreateConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var session = _sessions.Rent();
            var command = session.Command("INSERT OR IGNORE INTO transcript_conversation (conversation_id, created_utc) VALUES ($id, $now)");
            command.Parameters.AddWithValue("$id", conversationId);
            command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task<bool> ConversationExistsAsync(string conversationId, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var session = _sessions.Rent();
        var command = session.Command("SELECT 1 FROM transcript_conversation WHERE conversation_id = $id");
        command.Parameters.AddWithValue("$id", conversationId);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<TranscriptEntry> AppendAsync(string conversationId, Func<long, string> buildPayload, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var session = _sessions.Rent();
            await using var transaction = (SqliteTransaction)await session.Connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);

            var next = session.Command("SELECT COALESCE(MAX(watermark), 0) + 1 FROM transcript_entry WHERE conversation_id = $id", transaction);
            next.Parameters.AddWithValue("$id", conversationId);
            var watermark = Convert.ToInt64(await next.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);

            var payload = buildPayload(watermark);
            var insert = session.Command("INSERT INTO transcript_entry (conversation_id, watermark, payload) VALUES ($id, $wm, $payload)", transaction);
            insert.Parameters.AddWithValue("$id", conversationId);
            insert.Parameters.AddWithValue("$wm", watermark);
            insert.Parameters.AddWithValue("$payload", payload);
            await insert.ExecuteNonQueryAsync(cancellationToken);

            await transaction.CommitAsync(cancellationToken);
            return new TranscriptEntry(conversationId, watermark, payload);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task<IReadOnlyList<TranscriptEntry>> ReadAfterAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken)
    {
        await _schema.Value;
        await using var session = _sessions.Rent();
        var command = session.Command("""
            SELECT watermark, payload FROM transcript_entry
            WHERE conversation_id = $id AND watermark > $after
            ORDER BY watermark LIMIT $max
            """);
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$after", afterWatermark);
        command.Parameters.AddWithValue("$max", max);

        var entries = new List<TranscriptEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new TranscriptEntry(conversationId, reader.GetInt64(0), reader.GetString(1)));
        }

        return entries;
    }

    private SqliteConnection OpenConfigured()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private async Task CreateSchemaAsync()
    {
        await using var connection = await OpenRawAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;" + SqliteTranscriptSchema.Create;
        await command.ExecuteNonQueryAsync();
    }
}
