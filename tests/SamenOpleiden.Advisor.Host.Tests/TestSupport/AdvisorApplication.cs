using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace SamenOpleiden.Advisor.Host.Tests.TestSupport;

/// <summary>
/// The real service with its own SQLite file, a known Direct Line secret and generous rate limits;
/// <see cref="Settings"/> and <see cref="ConfigureServices"/> adjust it per test. With
/// <see cref="StartKestrel"/> it listens on 127.0.0.1 (a free port) so a real browser can reach it.
/// </summary>
internal sealed class AdvisorApplication : WebApplicationFactory<Program>
{
    public const string Secret = "test-directline-secret-0123456789";
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"advisor-tests-{Guid.NewGuid():N}.db");

    public AdvisorApplication(string bot = "echo")
    {
        Settings = new Dictionary<string, string?>
        {
            ["DirectLine:Bot"] = bot,
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:AllowedOrigins"] = "https://site.example",
            ["DirectLine:RequestsPerMinutePerIp"] = "100000",
            ["DirectLine:MessagesPerMinutePerConversation"] = "1000",
            ["DirectLine:TokensPerMinutePerIp"] = "1000",
        };
    }

    public Dictionary<string, string?> Settings { get; }

    /// <summary>The service's SQLite file (with <c>-wal</c> beside it while it runs).</summary>
    public string DatabasePath => _database;

    public Action<IServiceCollection>? ConfigureServices { get; set; }

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
