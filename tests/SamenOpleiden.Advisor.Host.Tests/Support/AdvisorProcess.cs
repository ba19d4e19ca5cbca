using System.Diagnostics;

namespace SamenOpleiden.Advisor.Host.Tests.Support;

/// <summary>Runs the built advisor executable as a user would, from a working directory that is not the app's.</summary>
internal static class AdvisorProcess
{
    public static string AppDll { get; } = Path.Combine(AppContext.BaseDirectory, "SamenOpleiden.Advisor.Host.dll");

    public static Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args) =>
        RunWithEnvironmentAsync(new Dictionary<string, string>(), args);

    public static async Task<(int ExitCode, string Out, string Error)> RunWithEnvironmentAsync(IDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(AppDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A service that should have refused to start must not outlive the test.
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await error);
    }

    public static string CaseFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "cases", name + ".json");

    /// <summary>A private copy of one of the data folders next to the app (rules, prompts) that a test may break.</summary>
    public static string CopyOfAppFolder(string folder)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"advisor-{folder}-{Guid.NewGuid():N}");
        var source = Path.Combine(AppContext.BaseDirectory, folder);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    public static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"advisor-input-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }
}
