using System.Diagnostics;

namespace SamenOpleiden.Advisor.BotFramework.Tests.TestSupport;

/// <summary>
/// Microsoft's own validators from npm (tests/…/node: the Teams manifest schemas of <c>@microsoft/app-manifest</c> and
/// the <c>adaptivecards</c> parser), installed with <c>npm ci</c> on first use. Without node and npm these tests fail;
/// they are never skipped.
/// </summary>
internal static class SchemaPackages
{
    private static readonly Lazy<string> Folder = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder with package.json and node_modules.</summary>
    public static string NodeFolder => Folder.Value;

    public static string TeamsManifestSchema(string manifestVersion) => Path.Combine(
        NodeFolder, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams", $"v{manifestVersion}", "MicrosoftTeams.schema.json");

    /// <summary>Runs node with the given script and arguments; returns its exit code and what it printed.</summary>
    public static (int ExitCode, string Output) RunNode(string script, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(NodeFolder, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Run(start, TimeSpan.FromMinutes(1));
    }

    private static string Install()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "SamenOpleiden.Advisor.BotFramework.Tests", "node");
        if (!File.Exists(Path.Combine(folder, "node_modules", ".package-lock.json")))
        {
            var start = new ProcessStartInfo("npm", "ci --no-audit --no-fund --loglevel=error")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            var (exitCode, output) = Run(start, TimeSpan.FromMinutes(5));
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {folder} failed ({exitCode}): {output}");
            }
        }

        return folder;
    }

    private static (int ExitCode, string Output) Run(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SamenOpleiden.Advisor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (SamenOpleiden.Advisor.sln) was not found above the test binaries.");
    }
}
