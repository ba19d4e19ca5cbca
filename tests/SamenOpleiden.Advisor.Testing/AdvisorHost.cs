using Microsoft.Extensions.Logging;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace SamenOpleiden.Advisor.Testing;

/// <summary>
/// The one test host: the whole service as <c>Program</c> composes it, in memory (<see cref="WebApplicationFactory{T}.CreateClient()"/>)
/// or on a free loopback port for a browser or a WebSocket (<see cref="StartKestrel"/>). It stores in a SQLite file of its
/// own unless <see cref="Settings"/> name another database (e.g. the private PostgreSQL cluster's); <see cref="Settings"/>
/// and <see cref="ConfigureServices"/> adjust it per test before it starts; <see cref="Logs"/> holds every log line.
/// </summary>
public sealed class AdvisorHost : WebApplicationFactory<Program>
{
    /// <summary>The Direct Line secret of <see cref="ForWebChat"/>.</summary>
    public const string DirectLineSecret = "test-directline-secret-0123456789";

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"advisor-tests-{Guid.NewGuid():N}.db");

    /// <param name="settings">Configuration keys and values, as an operator would set them.</param>
    /// <param name="services">Replacements of the service's parts (a scripted engine, a fake clock).</param>
    public AdvisorHost(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        Settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        ConfigureServices = services;
    }

    /// <summary>The service with the web chat's Direct Line on a known secret, for <c>https://site.example</c>, with generous rate limits.</summary>
    /// <param name="bot">The Direct Line bot: <c>echo</c> (the protocol alone) or <c>advisor</c> (the conversation).</param>
    public static AdvisorHost ForWebChat(string bot = "echo") => new(new Dictionary<string, string?>
    {
        ["DirectLine:Bot"] = bot,
        ["DirectLine:Secret"] = DirectLineSecret,
        ["DirectLine:AllowedOrigins"] = "https://site.example",
        ["DirectLine:RequestsPerMinutePerIp"] = "100000",
        ["DirectLine:MessagesPerMinutePerConversation"] = "1000",
        ["DirectLine:TokensPerMinutePerIp"] = "1000",
    });

    public Dictionary<string, string?> Settings { get; }

    public Action<IServiceCollection>? ConfigureServices { get; set; }

    /// <summary>The service's SQLite file (with <c>-wal</c> beside it while it runs), unless the settings name another.</summary>
    public string DatabasePath => Settings.GetValueOrDefault("Storage:SqlitePath") ?? _database;

    /// <summary>Every log line the service wrote (as its logging settings filter them).</summary>
    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    /// <summary>Starts Kestrel on a free loopback port and returns its base address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:SqlitePath", _database);
        // As settings, not an added configuration source: those reach the service only after it has registered its parts.
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddFakeLogging(options => options.OutputSink = null));
        builder.ConfigureTestServices(services => ConfigureServices?.Invoke(services));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
