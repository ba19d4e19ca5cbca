using System.Diagnostics;
using System.Globalization;
using Npgsql;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Testing.Postgres;

/// <summary>
/// A private PostgreSQL cluster for tests: <c>initdb</c> into a temp folder, <c>postgres</c> on a free
/// 127.0.0.1 port with its socket in that folder, removed on dispose. As root the server runs as the
/// <c>postgres</c> user (it refuses to run as root). Without PostgreSQL binaries the constructor
/// throws, so tests fail with the reason instead of passing silently.
/// Set <c>ADVISOR_TEST_POSTGRES</c> to a connection string to use an existing server instead.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private const string ExternalVariable = "ADVISOR_TEST_POSTGRES";
    private static int _databases;
    private readonly string? _folder;
    private readonly string? _binaries;
    private readonly string _adminConnectionString;

    public PostgresCluster()
    {
        if (Environment.GetEnvironmentVariable(ExternalVariable) is { Length: > 0 } external)
        {
            _adminConnectionString = external;
            return;
        }

        _binaries = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed: no /usr/lib/postgresql/*/bin/initdb. Run `scripts/setup.sh test` " +
            $"(installs Debian's postgresql package) or set {ExternalVariable} to a connection string.");
        _folder = Path.Combine(Path.GetTempPath(), "advisor-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_folder);
        if (Environment.UserName == "root")
        {
            Run("chown", $"postgres: {_folder}", asPostgres: false);
        }

        Port = FreePort.OnLoopback();
        Run(Path.Combine(_binaries, "initdb"), $"-D {DataFolder} -U postgres --auth=trust -E UTF8 --no-sync --no-instructions", asPostgres: true);
        Start();
        _adminConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = Port, Username = "postgres", Database = "postgres", Pooling = false,
        }.ToString();
    }

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; }

    private string DataFolder => Path.Combine(_folder!, "data");

    /// <summary>A new, empty database on this cluster; returns its connection string.</summary>
    public string CreateDatabase()
    {
        var name = $"advisor_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(_adminConnectionString)
        {
            Database = name, Pooling = true, Timeout = 5, CommandTimeout = 30,
        }.ToString();
    }

    /// <summary>Starts the server (again) and waits until it accepts connections.</summary>
    public void Start() => PgCtl($"-D {DataFolder} -l {Path.Combine(_folder!, "server.log")} -w -t 30 " +
        $"-o \"-h 127.0.0.1 -p {Port} -k {_folder} -c fsync=off -c full_page_writes=off -c max_connections=300\" start");

    /// <summary>Stops the server at once (fast shutdown: open connections are cut).</summary>
    public void Stop() => PgCtl($"-D {DataFolder} -m fast -w -t 30 stop");

    public void Dispose()
    {
        if (_folder is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            PgCtl($"-D {DataFolder} -m immediate -w -t 30 stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped by a test.
        }

        Directory.Delete(_folder, recursive: true);
    }

    private void PgCtl(string arguments)
    {
        if (_binaries is null)
        {
            throw new InvalidOperationException($"The server of {ExternalVariable} cannot be stopped or started by tests.");
        }

        Run(Path.Combine(_binaries, "pg_ctl"), arguments, asPostgres: true);
    }

    private static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    // chown, initdb and pg_ctl: PostgreSQL's tools, run to their end from the fixture's synchronous constructor and
    // Dispose (pg_ctl hands the server a log file of its own), not a service of ours: a blocking call is all they need.
    private static void Run(string file, string arguments, bool asPostgres)
    {
        var asRoot = asPostgres && Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "runuser" : file, asRoot ? $"-u postgres -- {file} {arguments}" : arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"`{file} {arguments}` did not finish within 60 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{file} {arguments}` failed ({process.ExitCode}): {error.Result}{output.Result}");
        }
    }
}
