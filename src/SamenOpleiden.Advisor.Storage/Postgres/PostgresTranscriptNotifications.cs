using System.Globalization;
using Microsoft.Extensions.Logging;
using Npgsql;
using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Postgres;

/// <summary>
/// Transcript announcements between instances over PostgreSQL LISTEN/NOTIFY on channel
/// <c>advisor_transcript</c>, payload <c>{watermark}:{conversationId}</c>. One connection per
/// instance listens from the first subscription on; when it drops it reconnects and announces a
/// <see cref="TranscriptAppended.Resync"/>, because NOTIFYs sent meanwhile are gone.
/// </summary>
internal sealed class PostgresTranscriptNotifications(PostgresDatabase database, ILogger<PostgresTranscriptNotifications> logger)
    : ITranscriptNotifications, IAsyncDisposable
{
    private const string Channel = "advisor_transcript";
    private static readonly TimeSpan Ping = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(1);

    private readonly TranscriptSubscribers _subscribers = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private Task? _listening;

    public async Task PublishAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        await session.Command("SELECT pg_notify(@channel, @payload);")
            .With("@channel", Channel).With("@payload", $"{watermark.ToString(CultureInfo.InvariantCulture)}:{conversationId}")
            .ExecuteNonQueryAsync(cancellationToken);
    }

    public IDisposable Subscribe(Action<TranscriptAppended> onAppended)
    {
        var subscription = _subscribers.Add(onAppended);
        lock (_gate)
        {
            _listening ??= Task.Run(() => ListenAsync(_stopping.Token));
        }

        return subscription;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_listening is { } listening)
        {
            await listening.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stopping.Dispose();
    }

    private async Task ListenAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.OpenConnectionAsync(stopping);
                connection.Notification += (_, e) => _subscribers.Dispatch(Parse(e.Payload));
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel};", connection))
                {
                    await listen.ExecuteNonQueryAsync(stopping);
                }

                logger.LogInformation("Listening for transcript notifications");
                _subscribers.Dispatch(TranscriptAppended.Resync);
                while (true)
                {
                    if (!await connection.WaitAsync(Ping, stopping))
                    {
                        await using var ping = new NpgsqlCommand("SELECT 1;", connection);
                        await ping.ExecuteNonQueryAsync(stopping);
                    }
                }
            }
            catch (Exception exception) when (!stopping.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Transcript notifications interrupted; reconnecting in {Delay}", Reconnect);
                await Task.Delay(Reconnect, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static TranscriptAppended Parse(string payload)
    {
        var colon = payload.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && long.TryParse(payload.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var watermark)
            ? new TranscriptAppended(payload[(colon + 1)..], watermark)
            : TranscriptAppended.Resync;
    }
}
