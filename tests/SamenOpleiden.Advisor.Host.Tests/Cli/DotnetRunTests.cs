using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Host.Tests.Cli;

/// <summary>A verb started as <c>./run</c> starts it (<c>dotnet run --project</c>), not as the built assembly the other CLI tests start.</summary>
[Trait("Needs", "Process")]
public class DotnetRunTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public async Task AVerbStartedWithDotnetRunReadsARelativePathFromTheCallersFolder()
    {
        var caller = Directory.CreateTempSubdirectory("advisor-caller-").FullName;
        File.Copy(AppFiles.CaseFile("binnenmeren"), Path.Combine(caller, "binnenmeren.json"));
        var project = Path.Combine(RepositoryFiles.Root, "src", "SamenOpleiden.Advisor.Host");

        var (exitCode, output, error) = await TestProcess.RunAsync(
            "dotnet", ["run", "--project", project, "-c", Configuration, "--no-build", "--", "assess", "--input", "binnenmeren.json", "--format", "md"],
            workingDirectory: caller);

        Assert.True(exitCode == 0, error);
        Assert.StartsWith("# Typering Binnenmeren", output);
        Directory.Delete(caller, recursive: true);
    }
}
