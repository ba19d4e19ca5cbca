using SamenOpleiden.Advisor.Testing;
using SamenOpleiden.Advisor.Testing.Channels;

namespace SamenOpleiden.Advisor.Host.Tests.TestSupport;

/// <summary>
/// The whole service behind /api/messages in development mode, with its own SQLite file, replying through a fake
/// Azure Bot Service Connector on loopback; <see cref="User"/> gives a Teams user to talk to it.
/// </summary>
internal sealed class TeamsService : IAsyncDisposable
{
    private readonly FakeChannel _channel;
    private readonly AdvisorHost _app;

    private TeamsService(FakeChannel channel)
    {
        _channel = channel;
        _app = new AdvisorHost(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["Storage:SqlitePath"] = AppFiles.TempDatabase(),
            ["BotFramework:UndeliveredRepliesPath"] = Path.Combine(Path.GetTempPath(), $"undelivered-{Guid.NewGuid():N}.jsonl"),
        });
    }

    public FakeChannel Channel => _channel;

    public static async Task<TeamsService> StartAsync() => new(await FakeChannel.StartAsync());

    public TeamsUser User(string userId, string name) => new(_app.Services, _app.CreateClient(), _channel, userId, name);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _channel.DisposeAsync();
    }
}
