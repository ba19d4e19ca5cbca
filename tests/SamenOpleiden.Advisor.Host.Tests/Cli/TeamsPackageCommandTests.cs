using System.IO.Compression;
using System.Text.Json.Nodes;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Host.Tests.Cli;

[Trait("Needs", "Process")]
public class TeamsPackageCommandTests
{
    private const string AppId = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a";

    [Fact]
    public async Task TeamsPackageWritesAZipWithTheManifestForTheGivenAppIdAndBothIcons()
    {
        var output = Path.Combine(Path.GetTempPath(), $"teams-{Guid.NewGuid():N}", "adviseur.zip");

        var (exitCode, stdout, _) = await AdvisorProcess.RunAsync("teams-package", "--app-id", AppId, "--output", output, "--app-version", "1.2.0");

        Assert.Equal(0, exitCode);
        Assert.Contains(output, stdout);
        using var zip = ZipFile.OpenRead(output);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        var manifest = JsonNode.Parse(manifestStream)!;
        Assert.Equal((AppId, AppId, "1.2.0"), (manifest["id"]!.GetValue<string>(), manifest["bots"]![0]!["botId"]!.GetValue<string>(), manifest["version"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TeamsPackageTakesTheAppIdFromTheServicesOwnSetting()
    {
        var output = Path.Combine(Path.GetTempPath(), $"teams-{Guid.NewGuid():N}.zip");

        var (exitCode, _, _) = await AdvisorProcess.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["MicrosoftAppId"] = AppId }, "teams-package", "--output", output);

        Assert.Equal(0, exitCode);
        using var zip = ZipFile.OpenRead(output);
        using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        Assert.Equal(AppId, JsonNode.Parse(manifestStream)!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("--app-id", "mijn-bot", "GUID")]
    [InlineData("--website", "http://example.nl", "https")]
    public async Task TeamsPackageRefusesBadInputInDutchAndWritesNothing(string option, string value, string explanation)
    {
        var output = Path.Combine(Path.GetTempPath(), $"teams-{Guid.NewGuid():N}.zip");
        string[] args = option == "--app-id"
            ? ["teams-package", "--app-id", value, "--output", output]
            : ["teams-package", "--app-id", AppId, option, value, "--output", output];

        var (exitCode, _, error) = await AdvisorProcess.RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Fout:", error);
        Assert.Contains(explanation, error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task TeamsPackageWithoutAnyAppIdSaysWhereToGiveIt()
    {
        var (exitCode, _, error) = await AdvisorProcess.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["MicrosoftAppId"] = "" }, "teams-package");

        Assert.Equal(2, exitCode);
        Assert.Contains("--app-id", error);
    }
}
