using System.Text;
using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Core.Tests.Reports.Fixtures;
using SamenOpleiden.Advisor.Storage.Sqlite;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteReportArchiveTests : IDisposable
{
    private readonly ReportStoreFixture _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task FindByLinkAsync_SavedReport_ReturnsTheSameResultAndRemarks()
    {
        // Arrange
        var result = ResultFixtures.SharedCase("stad-en-streek");
        var link = await SaveAsync("teams:1", result, remarks: new Dictionary<string, string> { ["kwaliteit"] = "Kwaliteitskader is leidend" });

        // Act
        var found = await _store.Archive.FindByLinkAsync(link.Token, default);

        // Assert
        Assert.NotNull(found);
        Assert.Equal(AssessmentJson.Serialize(result), AssessmentJson.Serialize(found.Result));
        Assert.Equal("Kwaliteitskader is leidend", found.Remarks["kwaliteit"]);
        Assert.Equal($"/rapport/{link.Token}", link.Path);
    }

    [Fact]
    public async Task SaveAsync_Links_Are128RandomBitsAndNeverStoredInTheClear()
    {
        var first = await SaveAsync("u1");
        var second = await SaveAsync("u1");

        Assert.NotEqual(first.Token, second.Token);
        Assert.Equal(16, Convert.FromBase64String(first.Token.Replace('-', '+').Replace('_', '/') + "==").Length);
        SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(_store.DatabasePath);
        var wal = _store.DatabasePath + "-wal";
        var all = Encoding.Latin1.GetString(bytes) + (File.Exists(wal) ? Encoding.Latin1.GetString(await File.ReadAllBytesAsync(wal)) : "");
        Assert.DoesNotContain(first.Token, all);
    }

    [Fact]
    public async Task FindByLinkAsync_AfterTheLinkLifetime_ReturnsNothing()
    {
        var link = await SaveAsync("u1");

        _store.Clock.Now += TimeSpan.FromDays(29);
        Assert.NotNull(await _store.Archive.FindByLinkAsync(link.Token, default));
        _store.Clock.Now += TimeSpan.FromDays(2);
        Assert.Null(await _store.Archive.FindByLinkAsync(link.Token, default));
    }

    [Fact]
    public async Task FindByLinkAsync_UnknownToken_ReturnsNothing()
    {
        await SaveAsync("u1");

        Assert.Null(await _store.Archive.FindByLinkAsync("AAAAAAAAAAAAAAAAAAAAAA", default));
    }

    [Fact]
    public async Task SaveAsync_InARegion_CountsForTheOpenRound()
    {
        var region = await _store.Regions.CreateAsync("Noord", default);
        var first = await SaveAsync("u1", regionId: region.RegionId);
        await _store.Regions.OpenRoundAsync(region.RegionId, default);
        var second = await SaveAsync("u1", regionId: region.RegionId);

        Assert.Equal(1, first.Round);
        Assert.Equal(2, second.Round);
        Assert.Single(await _store.Archive.ListRoundAsync(region.RegionId, 1, default));
        Assert.Single(await _store.Archive.ListRoundAsync(region.RegionId, 2, default));
    }

    [Fact]
    public async Task ListRoundAsync_RespondentFinishedTwice_ListsOnlyTheLatest()
    {
        var region = await _store.Regions.CreateAsync("Noord", default);
        await SaveAsync("u1", ResultFixtures.Result(ResultFixtures.Uniform(1)), regionId: region.RegionId);
        await SaveAsync("u2", regionId: region.RegionId, minute: 1);
        await SaveAsync("u1", ResultFixtures.Result(ResultFixtures.Uniform(3)), regionId: region.RegionId, minute: 2);

        var round = await _store.Archive.ListRoundAsync(region.RegionId, 1, default);

        Assert.Equal(["u2", "u1"], round.Select(a => a.UserKey));
        Assert.Equal(3, round[1].Result.Phases["kwaliteit"]);
    }

    [Fact]
    public async Task SaveAsync_UnknownRegion_KeepsTheReportOutsideAnyRegion()
    {
        var link = await SaveAsync("u1", regionId: "bestaat-niet");

        var found = await _store.Archive.FindByLinkAsync(link.Token, default);

        Assert.Null(link.Round);
        Assert.Null(found!.RegionId);
    }

    [Fact]
    public async Task DeleteRespondentAsync_RemovesTheirAssessmentsAndLinksOnly()
    {
        var region = await _store.Regions.CreateAsync("Noord", default);
        var gone = await SaveAsync("u1", regionId: region.RegionId);
        await SaveAsync("u1", regionId: region.RegionId, minute: 1);
        var kept = await SaveAsync("u2", regionId: region.RegionId);

        var deleted = await _store.Archive.DeleteRespondentAsync("u1", default);

        Assert.Equal(2, deleted);
        Assert.Null(await _store.Archive.FindByLinkAsync(gone.Token, default));
        Assert.Null(await _store.Archive.FindInRegionAsync(region.RegionId, gone.ReportId, default));
        Assert.NotNull(await _store.Archive.FindByLinkAsync(kept.Token, default));
        Assert.Equal(["u2"], (await _store.Archive.ListRoundAsync(region.RegionId, 1, default)).Select(a => a.UserKey));
    }

    [Fact]
    public async Task ConversationDeleteRespondent_VerwijderMijnGegevens_AlsoRemovesTheirReports()
    {
        var region = await _store.Regions.CreateAsync("Noord", default);
        var gone = await SaveAsync("u1", regionId: region.RegionId);
        await SaveAsync("u2", regionId: region.RegionId);

        var deletion = await new SqliteConversationStore(_store.Database).DeleteRespondentAsync("u1", default);

        Assert.Equal(2, deletion.Total);
        Assert.Null(await _store.Archive.FindByLinkAsync(gone.Token, default));
        Assert.Equal(["u2"], (await _store.Archive.ListRoundAsync(region.RegionId, 1, default)).Select(a => a.UserKey));
    }

    [Fact]
    public async Task FindInRegionAsync_ReportOfAnotherRegion_ReturnsNothing()
    {
        var a = await _store.Regions.CreateAsync("Regio A", default);
        var b = await _store.Regions.CreateAsync("Regio B", default);
        var link = await SaveAsync("u1", regionId: a.RegionId);

        Assert.NotNull(await _store.Archive.FindInRegionAsync(a.RegionId, link.ReportId, default));
        Assert.Null(await _store.Archive.FindInRegionAsync(b.RegionId, link.ReportId, default));
        Assert.Empty(await _store.Archive.ListRoundAsync(b.RegionId, 1, default));
    }

    [Fact]
    public async Task SaveAsync_NameWithoutConsent_IsNotStored()
    {
        var region = await _store.Regions.CreateAsync("Noord", default);
        await SaveAsync("u1", regionId: region.RegionId);
        await SaveAsync("u2", regionId: region.RegionId, name: "Fatima");

        var round = await _store.Archive.ListRoundAsync(region.RegionId, 1, default);

        Assert.Equal([null, "Fatima"], round.Select(a => a.ConsentedName));
    }

    private Task<ReportLink> SaveAsync(
        string user,
        AssessmentResult? result = null,
        string? regionId = null,
        int minute = 0,
        string? name = null,
        IReadOnlyDictionary<string, string>? remarks = null) =>
        _store.Archive.SaveAsync(
            new ReportSubmission
            {
                UserKey = user,
                RegionId = regionId,
                ConsentedName = name,
                CompletedAt = _store.Clock.Now.AddMinutes(minute),
                Result = result ?? ResultFixtures.SharedCase("binnenmeren"),
                Remarks = remarks ?? new Dictionary<string, string>(),
            },
            default);
}
