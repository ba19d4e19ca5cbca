using SamenOpleiden.Advisor.Testing;
using SamenOpleiden.Advisor.Testing.Processes;

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
    public static async Task<(int ExitCode, string Output)> RunNodeAsync(string script, IEnumerable<string> arguments)
    {
        var (exitCode, output, error) = await TestProcess.RunAsync("node", [Path.Combine(NodeFolder, script), .. arguments], limit: TimeSpan.FromMinutes(1));
        return (exitCode, output + error);
    }

    private static string Install()
    {
        var folder = Path.Combine(RepositoryFiles.Root, "tests", "SamenOpleiden.Advisor.BotFramework.Tests", "node");
        if (!File.Exists(Path.Combine(folder, "node_modules", ".package-lock.json")))
        {
            // Once per test run, inside a Lazy: a blocking wait on the one install is simpler than an asynchronous Lazy.
            var (exitCode, output, error) = TestProcess
                .RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], workingDirectory: folder, limit: TimeSpan.FromMinutes(5))
                .GetAwaiter().GetResult();
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {folder} failed ({exitCode}): {output}{error}");
            }
        }

        return folder;
    }
}
