using System.CommandLine;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Host.Cli;
using SamenOpleiden.Advisor.Storage;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Host.Tests.Reports;

public sealed class RegionCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "advisor-region-cli-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_directory, "advisor.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task RegionCreatePrintsACodeThatRespondentsCanJoinWithAndATokenForTheCoordinator()
    {
        var (exit, output, _) = await RunAsync("region", "create", "Vallei & Velden", "--database", DatabasePath);

        Assert.Equal(0, exit);
        var code = Regex.Match(output, @"toegangscode:\s+(\S+)").Groups[1].Value;
        var token = Regex.Match(output, @"coördinatortoken:\s+(\S+)").Groups[1].Value;
        await using var service = new ServiceCollection()
            .AddAdvisorStorage(new ConfigurationBuilder().AddInMemoryCollection([new("Storage:SqlitePath", DatabasePath)]).Build())
            .BuildServiceProvider();
        var directory = service.GetRequiredService<IRegionDirectory>();
        Assert.Equal("Vallei & Velden", (await directory.TryJoinAsync(code, default))!.RegionName);
        Assert.True(await directory.IsCoordinatorAsync("vallei-velden", token, default));
        Assert.Contains($"/regio/vallei-velden?token={token}", output);
    }

    [Fact]
    [Trait("Needs", "Process")]
    public async Task RegionCreateGivesTheCoordinatorsFullAddressUnderTheServicesPublicAddress()
    {
        var (exit, output, error) = await AdvisorProcess.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["DirectLine__PublicBaseUrl"] = "https://advies.example.nl/" }, "region", "create", "Zuid", "--db", DatabasePath);

        Assert.True(exit == 0, error);
        Assert.Matches(@"regio-overzicht:\s+https://advies\.example\.nl/regio/zuid\?token=\S+$", output.Trim());
    }

    [Fact]
    [Trait("Needs", "Process")]
    public async Task TheServiceStartedWithTheSameDbShowsTheCoordinatorTheRegionJustCreated()
    {
        // `region create --db regio.db` then `./run --db regio.db`: the service must use that file, not the default one.
        var (exit, output, error) = await AdvisorProcess.RunAsync("region", "create", "Zuid", "--db", DatabasePath);
        Assert.True(exit == 0, error);
        var token = Regex.Match(output, @"coördinatortoken:\s+(\S+)").Groups[1].Value;

        await using var service = await AdvisorService.StartAsync(arguments: ["--db", DatabasePath]);
        using var response = await service.Http.GetAsync($"/regio/zuid?token={token}");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Zuid — ronde 1", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RegionRoundOpensTheNextRound()
    {
        await RunAsync("region", "create", "Noord", "--database", DatabasePath);

        var (exit, output, _) = await RunAsync("region", "round", "noord", "--database", DatabasePath);

        Assert.Equal(0, exit);
        Assert.Contains("Ronde 2 van regio noord is geopend.", output);
    }

    [Fact]
    public async Task RegionRoundOfAnUnknownRegionSaysSoInDutch()
    {
        var (exit, _, error) = await RunAsync("region", "round", "nergens", "--database", DatabasePath);

        Assert.Equal(2, exit);
        Assert.Contains("er is geen regio met id 'nergens'", error);
    }

    [Fact]
    public async Task AMistypedVerbIsRefusedInsteadOfStartingTheService()
    {
        var (exit, _, error) = await RunAsync("regoin", "create", "Noord");

        Assert.Equal(2, exit);
        Assert.Contains("onbekende opdracht 'regoin'", error);
    }

    [Fact]
    public async Task AnOptionTheVerbDoesNotKnowIsRefusedBeforeAnythingIsWritten()
    {
        var (exit, output, error) = await RunAsync("region", "create", "Noord", "--databse", DatabasePath);

        Assert.Equal(2, exit);
        Assert.Contains($"'--databse {DatabasePath}' kent 'region create' niet", error);
        Assert.DoesNotContain("Regio aangemaakt", output);
    }

    [Fact]
    public async Task TheDatabaseIsChosenWithDbAsInTheChat()
    {
        var (exit, _, _) = await RunAsync("region", "create", "Noord", "--db", DatabasePath);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(DatabasePath));
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await AdvisorCommandLine.InvokeAsync(args, new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
