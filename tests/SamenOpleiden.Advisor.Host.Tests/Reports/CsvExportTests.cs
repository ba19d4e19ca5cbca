using SamenOpleiden.Advisor.Testing;
using System.Text;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Testing.Reports;

namespace SamenOpleiden.Advisor.Host.Tests.Reports;

public sealed class CsvExportTests : IDisposable
{
    private readonly AdvisorHost _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task TheRegionCsvOpensAsOneRowPerFocusPointWithAColumnPerFigure()
    {
        // Arrange: a role that Excel would run as a formula, and a split that gives a median of 1,5.
        var region = await _app.Regions.CreateAsync("Noord", default);
        await SaveAsync(region, "u1", ResultFixtures.Uniform(1), "=HYPERLINK(\"x\")");
        await SaveAsync(region, "u2", ResultFixtures.Uniform(2), "HR; P&O");

        // Act
        var response = await _app.CreateClient().GetAsync($"/regio/{region.RegionId}.csv?token={region.CoordinatorToken}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        // Assert
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(ParseLine).ToList();
        Assert.Equal(12, rows.Count);
        Assert.All(rows, row => Assert.Equal(rows[0].Count, row.Count));
        Assert.Equal(["Nr", "Focuspunt", "Fase 1", "Fase 2", "Fase 3", "Onbekend", "Mediaan", "Regiofase", "Verschil van inzicht", "'=HYPERLINK(\"x\")", "HR; P&O"], rows[0]);
        Assert.Equal(["1", "Gedeelde kwaliteit met kwaliteitskader", "1", "1", "0", "0", "1,5", "1", "nee", "1", "2"], rows[1]);
        Assert.Equal("Integraal systeem van Samen Opleiden, begeleiden en professionaliseren", rows[5][1]);
    }

    [Fact]
    public async Task TheCsvOfASecondRoundCarriesThePreviousMedianAndTheChange()
    {
        var region = await _app.Regions.CreateAsync("Noord", default);
        await SaveAsync(region, "u1", ResultFixtures.Uniform(1), "HR");
        await _app.Regions.OpenRoundAsync(region.RegionId, default);
        await SaveAsync(region, "u1", ResultFixtures.Uniform(3), "HR");

        var text = Encoding.UTF8.GetString(await _app.CreateClient().GetByteArrayAsync($"/regio/{region.RegionId}.csv?token={region.CoordinatorToken}&ronde=2"));
        var rows = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(ParseLine).ToList();

        Assert.Equal(["Mediaan ronde 1", "Verandering"], rows[0][9..11]);
        Assert.Equal(["1", "2"], rows[1][9..11]);
    }

    /// <summary>Reads one CSV line the way Excel does: semicolons split, double quotes group, "" is a quote.</summary>
    private static List<string> ParseLine(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    private Task<ReportLink> SaveAsync(CreatedRegion region, string user, int?[] phases, string role) =>
        _app.Archive.SaveAsync(
            new ReportSubmission { UserKey = user, RegionId = region.RegionId, CompletedAt = DateTimeOffset.UtcNow, Result = ResultFixtures.Result(phases, role) },
            default);
}
