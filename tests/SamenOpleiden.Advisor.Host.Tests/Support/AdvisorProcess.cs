using System.Diagnostics;

namespace SamenOpleiden.Advisor.Host.Tests.Support;

/// <summary>Runs the built advisor executable as a user would, from a working directory that is not the app's.</summary>
internal static class AdvisorProcess
{
    public static string AppDll { get; } = Path.Combine(AppContext.BaseDirectory, "SamenOpleiden.Advisor.Host.dll");

    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
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

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    public static string CaseFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "cases", name + ".json");

    public static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"advisor-input-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }
}
