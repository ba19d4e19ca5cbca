using Xunit;

namespace SamenOpleiden.Advisor.Testing.Processes;

/// <summary>The built advisor executable run as a user runs a verb (or a service that should refuse to start), to its end.</summary>
public static class AdvisorProcess
{
    /// <summary>The service's assembly, built next to every test project that uses this one.</summary>
    public static string AppDll { get; } = Path.Combine(AppContext.BaseDirectory, "SamenOpleiden.Advisor.Host.dll");

    public static Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args) =>
        TestProcess.RunAsync("dotnet", [AppDll, .. args]);

    public static Task<(int ExitCode, string Out, string Error)> RunWithEnvironmentAsync(IDictionary<string, string> environment, params string[] args) =>
        TestProcess.RunAsync("dotnet", [AppDll, .. args], environment);

    /// <summary>
    /// Pipes <paramref name="lines"/> into the verb (as <c>printf ... | ./run chat</c> does) from a fresh working directory,
    /// and asserts it left nothing there.
    /// </summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunWithInputAsync(
        IEnumerable<string> lines, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var workingDirectory = Directory.CreateTempSubdirectory("advisor-chat-cwd-").FullName;
        var result = await TestProcess.RunAsync("dotnet", [AppDll, .. args], environment, workingDirectory, lines, TimeSpan.FromSeconds(90));
        Assert.Empty(Directory.EnumerateFileSystemEntries(workingDirectory));
        Directory.Delete(workingDirectory);
        return result;
    }
}
