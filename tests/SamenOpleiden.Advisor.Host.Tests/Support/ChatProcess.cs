using System.Diagnostics;

namespace SamenOpleiden.Advisor.Host.Tests.Support;

/// <summary>Runs the built executable with lines on stdin (as <c>printf ... | ./run chat</c> does) in a fresh temp working directory.</summary>
internal static class ChatProcess
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(IEnumerable<string> lines, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var workingDirectory = Directory.CreateTempSubdirectory("advisor-chat-cwd-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(AdvisorProcess.AppDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        foreach (var line in lines)
        {
            await process.StandardInput.WriteLineAsync(line);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Empty(Directory.EnumerateFileSystemEntries(workingDirectory));
        Directory.Delete(workingDirectory);
        return (process.ExitCode, await output, await error);
    }

    public static string TempDatabase() =>
        Path.Combine(Directory.CreateTempSubdirectory("advisor-chat-db-").FullName, "advisor.db");
}
