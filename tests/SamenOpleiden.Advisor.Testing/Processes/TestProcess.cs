using System.Collections.Concurrent;
using System.Diagnostics;

namespace SamenOpleiden.Advisor.Testing.Processes;

/// <summary>
/// The one way tests start a program as a real process (the built service with <c>dotnet</c>, a verb, a worker, node): with
/// arguments, an environment and a working directory of the test's choosing. Both output streams are read line by line as they come (a chatty program
/// never blocks on a full pipe, and a test can act on a line as it appears); every wait is bounded; <see cref="Kill"/>
/// ends it the hard way (SIGKILL: no shutdown hooks, no flushing), and disposing does so too if it still runs.
/// </summary>
public sealed class TestProcess : IAsyncDisposable
{
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(10);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentQueue<string> _error = new();
    private readonly Task _reading;

    private TestProcess(Process process, Action<TestProcess, string>? onOutputLine)
    {
        _process = process;
        _reading = Task.WhenAll(
            Task.Run(() => ReadAsync(process.StandardOutput, _output, onOutputLine is null ? null : line => onOutputLine(this, line))),
            Task.Run(() => ReadAsync(process.StandardError, _error, null)));
    }

    /// <summary>What the program wrote to stdout so far, one line after another.</summary>
    public string Output => Join(_output);

    /// <summary>What the program wrote to stderr so far.</summary>
    public string Error => Join(_error);

    public IReadOnlyList<string> OutputLines => [.. _output];

    public bool HasExited => _process.HasExited;

    /// <summary>Starts <paramref name="program"/> (found on the PATH); stdin gets <paramref name="input"/> and is then closed.</summary>
    /// <param name="workingDirectory">The temp folder unless given: never the app's own folder, as a user would start it.</param>
    /// <param name="onOutputLine">Called with each stdout line as it arrives with the process (e.g. to kill it at a chosen moment).</param>
    public static TestProcess Start(
        string program,
        IEnumerable<string> arguments,
        IEnumerable<KeyValuePair<string, string>>? environment = null,
        string? workingDirectory = null,
        IEnumerable<string>? input = null,
        Action<TestProcess, string>? onOutputLine = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        foreach (var line in input ?? [])
        {
            process.StandardInput.WriteLine(line);
        }

        process.StandardInput.Close();
        return new TestProcess(process, onOutputLine);
    }

    /// <summary>Runs the program to its end and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(
        string program,
        IEnumerable<string> arguments,
        IEnumerable<KeyValuePair<string, string>>? environment = null,
        string? workingDirectory = null,
        IEnumerable<string>? input = null,
        TimeSpan? limit = null)
    {
        await using var process = Start(program, arguments, environment, workingDirectory, input);
        var exitCode = await process.WaitForExitAsync(limit ?? TimeSpan.FromSeconds(60));
        return (exitCode, process.Output, process.Error);
    }

    /// <summary>Waits until the program ends by itself and all its output is read; kills it and throws when it takes longer than <paramref name="limit"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A program that should have ended (or refused to start) must not outlive the test.
            Kill();
            throw new TimeoutException($"{_process.StartInfo.FileName} {string.Join(' ', _process.StartInfo.ArgumentList)} did not end within {limit.TotalSeconds} s:{Environment.NewLine}{Error}");
        }

        await _reading.WaitAsync(DrainLimit);
        return _process.ExitCode;
    }

    /// <summary>
    /// Asks <paramref name="isReady"/> every 200 ms until it says yes; throws, with what the program wrote to stderr, when the
    /// program ends first or <paramref name="limit"/> passes (and then kills it).
    /// </summary>
    public async Task WaitUntilAsync(Func<Task<bool>> isReady, TimeSpan limit, string what)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!await isReady())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                var ended = _process.HasExited;
                Kill();
                throw new InvalidOperationException(
                    $"{what}: {(ended ? "the process ended first" : $"not within {limit.TotalSeconds} s")}:{Environment.NewLine}{Error}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>SIGKILL, as when the machine or the OOM killer ends the program; returns once it is gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(DrainLimit);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        try
        {
            await _reading.WaitAsync(DrainLimit);
        }
        catch (TimeoutException)
        {
            // A grandchild that kept the pipe open: the output is no longer of use.
        }

        _process.Dispose();
    }

    private static async Task ReadAsync(StreamReader reader, ConcurrentQueue<string> lines, Action<string>? onLine)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lines.Enqueue(line);
            onLine?.Invoke(line);
        }
    }

    private static string Join(IEnumerable<string> lines) => string.Concat(lines.Select(line => line + "\n"));
}
