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
/// Direct Line round trip in seconds at 100 turns/s (bench/run). The conversation store on the same file shares the gate.
/// </remarks>
public sealed class SqliteTranscriptStore : ITranscriptStore
{
    private readonly SqliteDatabase _database;

    /// <param name="database">The shared, migrated database file.</param>
    public SqliteTranscriptStore(SqliteDatabase database)
    {
        _database = database;
    }

    public async Task<bool> CreateConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await _database.WriteGate.WaitAsync(cancellationToken);
        try
        {
            await using var session = _database.Sessions.Rent();
            var command = session.Command("INSERT OR IGNORE INTO transcript_conversation (conversation_id, created_utc) VALUES ($id, $now)");
            command.Parameters.AddWithValue("$id", conversationId);
            command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        finally
        {
            _database.WriteGate.Release();
        }
    }

    public async Task<bool> ConversationExistsAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var session = _database.Sessions.Rent();
        var command = session.Command("SELECT 1 FROM transcript_conversation WHERE conversation_id = $id");
        command.Parameters.AddWithValue("$id", conversationId);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<TranscriptEntry> AppendAsync(string conversationId, Func<long, string> buildPayload, CancellationToken cancellationToken)
    {
        await _database.WriteGate.WaitAsync(cancellationToken);
        try
        {
            await using var session = _database.Sessions.Rent();
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
            _database.WriteGate.Release();
        }
    }

    public async Task<IReadOnlyList<TranscriptEntry>> ReadAfterAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken)
    {
        await using var session = _database.Sessions.Rent();
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
}
