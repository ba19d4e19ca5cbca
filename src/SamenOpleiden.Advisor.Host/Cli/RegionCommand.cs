using System.CommandLine;
using SamenOpleiden.Advisor.BotFramework.DirectLine;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Host.Composition;

namespace SamenOpleiden.Advisor.Host.Cli;

/// <summary>
/// <c>region create NAME</c> prints a new region's access code and coordinator token (shown once);
/// <c>region round ID</c> opens the region's next round. Both work on the service's database.
/// </summary>
internal static class RegionCommand
{
    public static Command Create()
    {
        var database = new Option<string?>("--db", "--database") { Description = "Het SQLite-bestand (standaard dat van de service; bij Storage:Provider=Postgres niet gebruikt)." };
        var name = new Argument<string>("naam") { Description = "De naam van de regio, bijvoorbeeld \"Onderwijsregio Vallei & Velden\"." };
        var regionId = new Argument<string>("regio-id") { Description = "Het id dat 'region create' gaf." };

        var create = new Command("create", "Maak een regio met een toegangscode voor respondenten en een token voor de coördinator.") { name, database };
        create.SetAction((result, ct) => WithDirectoryAsync(result, database, async (directory, configuration) =>
        {
            var region = await directory.CreateAsync(result.GetValue(name)!, ct);
            var output = result.InvocationConfiguration.Output;
            await output.WriteLineAsync($"Regio aangemaakt: {region.Name}");
            await output.WriteLineAsync($"  regio-id:          {region.RegionId}");
            await output.WriteLineAsync($"  toegangscode:      {region.AccessCode}   (voor respondenten, bij het regioprofiel in de chat)");
            await output.WriteLineAsync($"  coördinatortoken:  {region.CoordinatorToken}   (geheim, wordt niet opnieuw getoond)");
            await output.WriteLineAsync($"  regio-overzicht:   {OverviewAddress(configuration, $"/regio/{region.RegionId}?token={region.CoordinatorToken}")}");
            return 0;
        }));

        var round = new Command("round", "Open een nieuwe ronde: scans die hierna worden afgerond, tellen voor die ronde.") { regionId, database };
        round.SetAction((result, ct) => WithDirectoryAsync(result, database, async (directory, _) =>
        {
            var id = result.GetValue(regionId)!;
            try
            {
                var number = await directory.OpenRoundAsync(id, ct);
                await result.InvocationConfiguration.Output.WriteLineAsync($"Ronde {number} van regio {id} is geopend.");
                return 0;
            }
            catch (KeyNotFoundException)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"Fout: er is geen regio met id '{id}'.");
                return 2;
            }
        }));

        return new Command("region", "Regio's voor het regio-overzicht van coördinatoren.") { create, round };
    }

    /// <summary>Runs <paramref name="action"/> on the service's region directory; storage settings that are wrong are said, not thrown.</summary>
    private static async Task<int> WithDirectoryAsync(ParseResult result, Option<string?> database, Func<IRegionDirectory, IConfiguration, Task<int>> action)
    {
        await using var host = AdvisorCliHost.Build(("Storage:SqlitePath", result.GetValue(database)));
        try
        {
            return await action(host.Services.GetRequiredService<IRegionDirectory>(), host.Configuration);
        }
        catch (Exception e) when (StartupFault.Describe(e) is { } reason)
        {
            await result.InvocationConfiguration.Error.WriteLineAsync($"Fout: {reason}");
            return 1;
        }
    }

    /// <summary>
    /// The coordinator's address: under the service's public address where it is configured (<c>DirectLine:PublicBaseUrl</c>),
    /// else the path, to put after the service's address.
    /// </summary>
    private static string OverviewAddress(IConfiguration configuration, string path) =>
        configuration[$"{DirectLineOptions.Section}:{nameof(DirectLineOptions.PublicBaseUrl)}"] is { Length: > 0 } baseUrl
            ? baseUrl.TrimEnd('/') + path
            : $"{path}   (achter het adres van de service, bijvoorbeeld http://localhost:5000{path})";
}
