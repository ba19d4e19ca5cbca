using System.Diagnostics;
using System.Net;
using SamenOpleiden.Advisor.Host.Tests.Support;

namespace SamenOpleiden.Advisor.Host.Tests.Reliability;

/// <summary>
/// The real service as operations runs it: <c>dotnet SamenOpleiden.Advisor.Host.dll</c> in its own process on
/// 127.0.0.1, /api/messages in development mode (no MicrosoftAppId), Direct Line with a shared secret.
/// <see cref="Kill"/> sends SIGKILL; <see cref="RestartAsync"/> starts it again on the same database and port.
/// </summary>
internal sealed class HostInstance : IAsyncDisposable
{
    public const string Secret = AdvisorInstance.Secret;
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private readonly Dictionary<string, string> _environment;
    private readonly int _port = LocalPorts.Free();
    private Process? _process;

    private HostInstance(Dictionary<string, string> environment)
    {
        _environment = environment;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Http { get; }

    public static Task<HostInstance> StartOnPostgresAsync(string connectionString) =>
        StartAsync(new() { ["Storage__Provider"] = "Postgres", ["ConnectionStrings__Advisor"] = connectionString });

    public static Task<HostInstance> StartOnSqliteAsync(string databasePath) =>
        StartAsync(new() { ["Storage__Provider"] = "Sqlite", ["Storage__SqlitePath"] = databasePath });

    private static async Task<HostInstance> StartAsync(Dictionary<string, string> environment)
    {
        environment["MicrosoftAppId"] = "";
        environment["DirectLine__Secret"] = Secret;
        environment["DirectLine__RequestsPerMinutePerIp"] = "1000000";
        environment["DirectLine__MessagesPerMinutePerConversation"] = "100000";
        environment["Logging__LogLevel__Default"] = "Warning";
        var instance = new HostInstance(environment);
        await instance.RestartAsync();
        return instance;
    }

    /// <summary>Starts the process (again) and waits until <c>/readyz</c> answers 200.</summary>
    public async Task RestartAsync()
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetTempPath(), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(AdvisorProcess.AppDll);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{_port}";
        foreach (var (name, value) in _environment)
        {
            start.Environment[name] = value;
        }

        _process = Process.Start(start)!;
        // Drain the pipes so a chatty process never blocks on a full buffer.
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { } text && errors.Count < 40)
            {
                errors.Enqueue(text);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + StartLimit;
        while (await ReadyStatusAsync() != HttpStatusCode.OK)
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                Kill();
                throw new InvalidOperationException($"The advisor host did not become ready within {StartLimit.TotalSeconds} s:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
            }

            await Task.Delay(200);
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
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: false);
            _process.WaitForExit(10_000);
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        Http.Dispose();
        return ValueTask.CompletedTask;
    }
}
