using SamenOpleiden.Advisor.Testing.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Storage.Tests.Postgres;

/// <summary>LISTEN/NOTIFY between two instances on one database.</summary>
[Trait("Needs", "PostgreSQL")]
[Collection(PostgresCollection.Name)]
public sealed class PostgresTranscriptNotificationsTests(PostgresCluster cluster) : TranscriptNotificationsContract, IAsyncLifetime
{
    private readonly PostgresTestDatabase _database = new(cluster);
    private readonly List<IAsyncDisposable> _created = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var notifications in _created)
        {
            await notifications.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    protected override (ITranscriptNotifications Publisher, ITranscriptNotifications Receiver) CreatePair()
    {
        var a = _database.Open().CreateTranscriptNotifications(NullLoggerFactory.Instance);
        var b = _database.Open().CreateTranscriptNotifications(NullLoggerFactory.Instance);
        _created.AddRange([(IAsyncDisposable)a, (IAsyncDisposable)b]);
        return (a, b);
    }
}
