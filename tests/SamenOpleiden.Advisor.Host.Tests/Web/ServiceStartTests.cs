using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Host.Tests.Web;

[Trait("Needs", "Process")]
public class ServiceStartTests
{
    [Fact]
    public async Task TheServiceHonoursUrlsAndReportsItsRulesVersionWhenReady()
    {
        // The service is started with --urls on a free port and is ready only once /readyz answers there.
        await using var service = await AdvisorService.StartAsync();

        var body = await service.Http.GetStringAsync("/readyz");

        Assert.Contains("\"rulesVersion\":\"sha256:", body);
    }

    [Fact]
    public async Task TheFirstTurnThatReachesTheStartingServiceWaitsForTheRulesAndIsAnswered()
    {
        // Priority rows that never hold (a krimpregio that is not one) keep the compile busy well after the service listens:
        // each row is an NRules rule of its own, so a few hundred take seconds (1,500 took over a minute on a loaded machine).
        var rules = AppFiles.CopyOfAppFolder("rules");
        var priorityPath = Path.Combine(rules, "priority.json");
        var priority = JsonNode.Parse(File.ReadAllText(priorityPath))!;
        for (var i = 0; i < 400; i++)
        {
            priority["rows"]!.AsArray().Add(new JsonObject
            {
                ["id"] = $"Nooit{i}",
                ["when"] = new JsonArray("krimp", "nietKrimp"),
                ["focusPoint"] = "kwaliteit",
                ["weight"] = i % 100,
                ["reason"] = "Kan niet.",
            });
        }

        File.WriteAllText(priorityPath, priority.ToJsonString());
        await using var service = await AdvisorService.StartAsync(new Dictionary<string, string> { ["Advisor__RulesPath"] = rules }, waitUntilReady: false);
        service.Http.Timeout = TimeSpan.FromSeconds(120);
        var chat = new TeamsChat(service.Http, "early-turn");
        var deadline = DateTime.UtcNow.AddSeconds(120);
        IReadOnlyList<JsonElement>? replies = null;
        // The service listens while its rules may still compile: the turn that gets through first must wait, not fail.
        while (replies is null)
        {
            try
            {
                replies = await chat.SayAsync("hallo");
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(5);
            }
        }

        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task TheServiceRefusesToStartWithBrokenRulesAndNamesTheFault()
    {
        var rules = AppFiles.CopyOfAppFolder("rules");
        var consistency = Path.Combine(rules, "consistency.json");
        File.WriteAllText(consistency, File.ReadAllText(consistency).Replace("\"focusPoint\": \"financien\"", "\"focusPoint\": \"financieen\""));

        var (exitCode, _, error) = await AdvisorProcess.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["Advisor__RulesPath"] = rules }, "--urls", $"http://127.0.0.1:{FreePort.OnLoopback()}");

        Assert.Equal(1, exitCode);
        Assert.Contains("consistency.json, regel 'FinancienVoorOpOrganisatiestructuur': onbekend focuspunt 'financieen'", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task TheServiceRefusesToStartWithWeakRegionSecretsAndNamesEachKeyAndFault()
    {
        var (exitCode, _, error) = await AdvisorProcess.RunWithEnvironmentAsync(
            new Dictionary<string, string>
            {
                ["Reports__Regions__0__Id"] = "noord",
                ["Reports__Regions__0__Name"] = "Onderwijsregio Noord",
                ["Reports__Regions__0__CoordinatorToken"] = "noord-coordinator-2026",
                ["Reports__Regions__0__AccessCode"] = "NRD1-2026",
                ["Storage__SqlitePath"] = Path.Combine(Path.GetTempPath(), $"advisor-{Guid.NewGuid():N}.db"),
            },
            "--urls", $"http://127.0.0.1:{FreePort.OnLoopback()}");

        SamenOpleiden.Advisor.Testing.ReliabilityLog.Write(
            $"hardening #5 secret strength: a region configured with coordinator token 'noord-coordinator-2026' and access code 'NRD1-2026': exit code {exitCode}, " +
            $"faults named {error.Split('\n').Count(line => line.StartsWith("Reports:Regions:0:", StringComparison.Ordinal))}");
        Assert.Equal(1, exitCode);
        Assert.Contains("Reports:Regions:0:CoordinatorToken contains the region's id", error);
        Assert.Contains("Reports:Regions:0:AccessCode contains the year 2026", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task TheServiceRefusesToStartWithABadProxyOrDirectLineSettingAndNamesEachKey()
    {
        var (exitCode, _, error) = await AdvisorProcess.RunWithEnvironmentAsync(
            new Dictionary<string, string>
            {
                ["ForwardedHeaders__KnownProxies"] = "proxy.example",
                ["DirectLine__Secret"] = "kort",
                ["DirectLine__TokensPerMinutePerIp"] = "0",
            },
            "--urls", $"http://127.0.0.1:{FreePort.OnLoopback()}");

        Assert.Equal(1, exitCode);
        Assert.Contains("ForwardedHeaders:KnownProxies 'proxy.example' is not an IP address", error);
        Assert.Contains("DirectLine:Secret is 4 characters long", error);
        Assert.Contains("DirectLine:TokensPerMinutePerIp is 0", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task TheServiceRefusesToStartWithAnIncompleteRephrasingConfigurationAndNamesTheKeys()
    {
        var (exitCode, _, error) = await AdvisorProcess.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["Rephrasing__Enabled"] = "true" }, "--urls", $"http://127.0.0.1:{FreePort.OnLoopback()}");

        Assert.Equal(1, exitCode);
        Assert.Contains("Rephrasing:Endpoint", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task TheTerminalChatRefusesToStartWithAnIncompleteRephrasingConfigurationAndNamesTheKeys()
    {
        var (exitCode, _, error) = await AdvisorProcess.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["Rephrasing__Enabled"] = "true" }, "chat", "--db", Path.Combine(Path.GetTempPath(), $"advisor-chat-{Guid.NewGuid():N}.db"));

        Assert.Equal(1, exitCode);
        Assert.Contains("De chat start niet", error);
        Assert.Contains("Rephrasing:Endpoint", error);
        Assert.DoesNotContain("   at ", error);
    }
}
