using System.Net;

namespace SamenOpleiden.Advisor.Testing.Processes;

/// <summary>
/// The real service as operations runs it: <c>dotnet SamenOpleiden.Advisor.Host.dll --urls http://127.0.0.1:port</c> in its
/// own process on a free loopback port, in a SQLite file of its own unless the environment names another database.
/// <see cref="Kill"/> ends it with SIGKILL; <see cref="RestartAsync"/> starts it again on the same database and port.
/// </summary>
public sealed class AdvisorService : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private readonly Dictionary<string, string> _environment;
    private readonly string[] _arguments;
    private readonly string? _ownDatabase;
    private TestProcess? _process;

    private AdvisorService(IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        _environment = new Dictionary<string, string>(environment);
        _arguments = arguments;
        if (!_environment.ContainsKey("Storage__SqlitePath") && !arguments.Contains("--db"))
        {
            _ownDatabase = Path.Combine(Path.GetTempPath(), $"advisor-service-{Guid.NewGuid():N}.db");
            _environment["Storage__SqlitePath"] = _ownDatabase;
        }

        BaseAddress = new Uri($"http://127.0.0.1:{FreePort.OnLoopback()}");
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    /// <summary>What the service wrote to its console (its log) so far, line by line.</summary>
    public IReadOnlyList<string> OutputLines => _process?.OutputLines ?? [];

    /// <summary>Starts the service with <paramref name="environment"/> (keys as environment variables, <c>Section__Key</c>).</summary>
    /// <param name="waitUntilReady">Whether to return only once <c>/readyz</c> answers 200 (else as soon as it is started).</param>
    /// <param name="arguments">Command-line arguments after <c>--urls</c>, e.g. <c>--db PATH</c> (then it uses that database).</param>
    public static async Task<AdvisorService> StartAsync(IReadOnlyDictionary<string, string>? environment = null, bool waitUntilReady = true, params string[] arguments)
    {
        var service = new AdvisorService(environment ?? new Dictionary<string, string>(), arguments);
        try
        {
            await service.RestartAsync(waitUntilReady);
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }

        return service;
    }

    /// <summary>Starts the process (again), by default waiting until <c>/readyz</c> answers 200.</summary>
    public async Task RestartAsync(bool waitUntilReady = true)
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        _process = TestProcess.Start("dotnet", [AdvisorProcess.AppDll, "--urls", BaseAddress.GetLeftPart(UriPartial.Authority), .. _arguments], _environment);
        if (waitUntilReady)
        {
            await _process.WaitUntilAsync(async () => await ReadyStatusAsync() == HttpStatusCode.OK, StartLimit, "The advisor service did not become ready");
        }
    }

    /// <summary>The status <c>/readyz</c> answers now; 0 when nothing listens.</summary>
    public async Task<HttpStatusCode> ReadyStatusAsync()
    {
        try
        {
            using var response = await Http.GetAsync("/readyz");
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, as when the machine or the OOM killer ends it.</summary>
    public void Kill() => _process?.Kill();

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        Http.Dispose();
        if (_ownDatabase is not null)
        {
            foreach (var file in new[] { _ownDatabase, _ownDatabase + "-wal", _ownDatabase + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
