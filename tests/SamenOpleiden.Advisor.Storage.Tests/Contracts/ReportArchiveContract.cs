using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Core.Tests.Reports.Fixtures;

namespace SamenOpleiden.Advisor.Storage.Tests.Contracts;

/// <summary>What every <see cref="IReportArchive"/> must do; each provider derives from this class.</summary>
public abstract class ReportArchiveContract
{
    private protected abstract IReportStoreSet Store { get; }

    [Fact]
    public async Task FindByLinkAsync_SavedReport_ReturnsTheSameResultAndRemarks()
    {
        // Arrange
        var result = ResultFixtures.SharedCase("stad-en-streek");
        var link = await SaveAsync("teams:1", result, remarks: new Dictionary<string, string> { ["kwaliteit"] = "Kwaliteitskader is leidend" });

        // Act
        var found = await Store.Archive.FindByLinkAsync(link.Token, default);

        // Assert
        Assert.NotNull(found);
        Assert.Equal(AssessmentJson.Serialize(result), AssessmentJson.Serialize(found.Result));
        Assert.Equal("Kwaliteitskader is leidend", found.Remarks["kwaliteit"]);
        Assert.Equal($"/rapport/{link.Token}", link.Path);
    }

    [Fact]
    public async Task FindByLinkAsync_AfterTheLinkLifetime_ReturnsNothing()
    {
        var link = await SaveAsync("u1");

        Store.Clock.Now += TimeSpan.FromDays(29);
        Assert.NotNull(await Store.Archive.FindByLinkAsync(link.Token, default));
        Store.Clock.Now += TimeSpan.FromDays(2);
        Assert.Null(await Store.Archive.FindByLinkAsync(link.Token, default));
    }

    [Fact]
    public async Task FindByLinkAsync_UnknownToken_ReturnsNothing()
    {
        await SaveAsync("u1");

        Assert.Null(await Store.Archive.FindByLinkAsync("AAAAAAAAAAAAAAAAAAAAAA", default));
    }

    [Fact]
    public async Task SaveAsync_InARegion_CountsForTheOpenRound()
    {
        var region = await Store.Regions.CreateAsync("Noord", default);
        var first = await SaveAsync("u1", regionId: region.RegionId);
        await Store.Regions.OpenRoundAsync(region.RegionId, default);
        var second = await SaveAsync("u1", regionId: region.RegionId);

        Assert.Equal(1, first.Round);
        Assert.Equal(2, second.Round);
        Assert.Single(await Store.Archive.ListRoundAsync(region.RegionId, 1, default));
        Assert.Single(await Store.Archive.ListRoundAsync(region.RegionId, 2, default));
    }

    [Fact]
    public async Task ListRoundAsync_RespondentFinishedTwice_ListsOnlyTheLatest()
    {
        var region = await Store.Regions.CreateAsync("Noord", default);
        await SaveAsync("u1", ResultFixtures.Result(ResultFixtures.Uniform(1)), regionId: region.RegionId);
        await SaveAsync("u2", regionId: region.RegionId, minute: 1);
        await SaveAsync("u1", ResultFixtures.Result(ResultFixtures.Uniform(3)), regionId: region.RegionId, minute: 2);

        var round = await Store.Archive.ListRoundAsync(region.RegionId, 1, default);

        Assert.Equal(["u2", "u1"], round.Select(a => a.UserKey));
        Assert.Equal(3, round[1].Result.Phases["kwaliteit"]);
    }

    [Fact]
    public async Task SaveAsync_UnknownRegion_KeepsTheReportOutsideAnyRegion()
    {
        var link = await SaveAsync("u1", regionId: "bestaat-niet");

        var found = await Store.Archive.FindByLinkAsync(link.Token, default);

        Assert.Null(link.Round);
        Assert.Null(found!.RegionId);
    }

    [Fact]
    public async Task DeleteRespondentAsync_RemovesTheirAssessmentsAndLinksOnly()
    {
        var region = await Store.Regions.CreateAsync("Noord", default);
        var gone = await SaveAsync("u1", regionId: region.RegionId);
        await SaveAsync("u1", regionId: region.RegionId, minute: 1);
        var kept = await SaveAsync("u2", regionId: region.RegionId);

        var deleted = await Store.Archive.DeleteRespondentAsync("u1", default);

        Assert.Equal(2, deleted);
        Assert.Null(await Store.Archive.FindByLinkAsync(gone.Token, default));
        Assert.Null(await Store.Archive.FindInRegionAsync(region.RegionId, gone.ReportId, default));
        Assert.NotNull(await Store.Archive.FindByLinkAsync(kept.Token, default));
        Assert.Equal(["u2"], (await Store.Archive.ListRoundAsync(region.RegionId, 1, default)).Select(a => a.UserKey));
    }

    [Fact]
    public async Task ConversationDeleteRespondent_VerwijderMijnGegevens_AlsoRemovesTheirReports()
    {
        var region = await Store.Regions.CreateAsync("Noord", default);
        var gone = await SaveAsync("u1", regionId: region.RegionId);
        await SaveAsync("u2", regionId: region.RegionId);

        var deletion = await Store.Conversations.DeleteRespondentAsync("u1", default);

        Assert.Equal(2, deletion.Total);
        Assert.Null(await Store.Archive.FindByLinkAsync(gone.Token, default));
        Assert.Equal(["u2"], (await Store.Archive.ListRoundAsync(region.RegionId, 1, default)).Select(a => a.UserKey));
    }

    [Fact]
    public async Task FindInRegionAsync_ReportOfAnotherRegion_ReturnsNothing()
    {
        var a = await Store.Regions.CreateAsync("Regio A", default);
        var b = await Store.Regions.CreateAsync("Regio B", default);
        var link = await SaveAsync("u1", regionId: a.RegionId);

        Assert.NotNull(await Store.Archive.FindInRegionAsync(a.RegionId, link.ReportId, default));
        Assert.Null(await Store.Archive.FindInRegionAsync(b.RegionId, link.ReportId, default));
        Assert.Empty(await Store.Archive.ListRoundAsync(b.RegionId, 1, default));
    }

    [Fact]
    public async Task SaveAsync_NameWithoutConsent_IsNotStored()
    {
        var region = await Store.Regions.CreateAsync("Noord", default);
        await SaveAsync("u1", regionId: region.RegionId);
        await SaveAsync("u2", regionId: region.RegionId, minute: 1, name: "Fatima");

        var round = await Store.Archive.ListRoundAsync(region.RegionId, 1, default);

        Assert.Equal([null, "Fatima"], round.Select(a => a.ConsentedName));
    }

    private protected Task<ReportLink> SaveAsync(
        string user,
        AssessmentResult? result = null,
        string? regionId = null,
        int minute = 0,
        string? name = null,
        IReadOnlyDictionary<string, string>? remarks = null) =>
        Store.Archive.SaveAsync(
            new ReportSubmission
            {
                UserKey = user,
                RegionId = regionId,
                ConsentedName = name,
                CompletedAt = Store.Clock.Now.AddMinutes(minute),
                Result = result ?? ResultFixtures.SharedCase("binnenmeren"),
                Remarks = remarks ?? new Dictionary<string, string>(),
            },
            default);
}
