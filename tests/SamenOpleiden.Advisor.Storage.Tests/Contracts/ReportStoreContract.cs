using Microsoft.Extensions.Time.Testing;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Testing.Reports;
using SamenOpleiden.Advisor.Storage.Database;
using SamenOpleiden.Advisor.Storage.Stores;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Storage.Tests.Contracts;

/// <summary>
/// What the report archive and region directory must do on every database: links that expire, rounds, the latest
/// assessment per respondent, deletion, and nothing across regions. Each provider derives from this class; the stores
/// work on one fresh database and read <see cref="Clock"/>.
/// </summary>
public abstract class ReportStoreContract : DatabaseTest
{
    private readonly StorageDatabase _opened;

    protected ReportStoreContract(TestDatabase database)
        : base(database)
    {
        _opened = database.Open(Clock);
        Archive = new ReportArchive(_opened, TimeSpan.FromDays(30));
        Regions = new RegionDirectory(_opened);
    }

    /// <summary>The clock every store of the test reads; links live 30 days.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    protected IReportArchive Archive { get; }

    protected IRegionDirectory Regions { get; }

    /// <summary>The conversation store on the same database, whose deletion is "verwijder mijn gegevens".</summary>
    protected IConversationStore CreateConversationStore() => new ConversationStore(_opened);

    [Fact]
    public async Task FindByLinkAsync_SavedReport_ReturnsTheSameResultAndRemarks()
    {
        // Arrange
        var result = ResultFixtures.SharedCase("stad-en-streek");
        var link = await SaveAsync("teams:1", result, remarks: new Dictionary<string, string> { ["kwaliteit"] = "Kwaliteitskader is leidend" });

        // Act
        var found = await Archive.FindByLinkAsync(link.Token, default);

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

        Clock.Advance(TimeSpan.FromDays(29));
        Assert.NotNull(await Archive.FindByLinkAsync(link.Token, default));
        Clock.Advance(TimeSpan.FromDays(2));
        Assert.Null(await Archive.FindByLinkAsync(link.Token, default));
    }

    [Fact]
    public async Task DeleteExpiredLinksAsync_RemovesOnlyLinksPastTheirLifetimeAndKeepsTheAssessment()
    {
        var region = await Regions.CreateAsync("Noord", default);
        var old = await SaveAsync("u1", regionId: region.RegionId);
        Clock.Advance(TimeSpan.FromDays(20));
        var recent = await SaveAsync("u2", regionId: region.RegionId);
        Clock.Advance(TimeSpan.FromDays(11));

        Assert.Equal(1, await Archive.DeleteExpiredLinksAsync(default));
        Assert.Equal(0, await Archive.DeleteExpiredLinksAsync(default));
        Assert.NotNull(await Archive.FindByLinkAsync(recent.Token, default));
        Assert.NotNull(await Archive.FindInRegionAsync(region.RegionId, old.ReportId, default));
    }

    [Fact]
    public async Task FindByLinkAsync_UnknownToken_ReturnsNothing()
    {
        await SaveAsync("u1");

        Assert.Null(await Archive.FindByLinkAsync("AAAAAAAAAAAAAAAAAAAAAA", default));
    }

    [Fact]
    public async Task SaveAsync_InARegion_CountsForTheOpenRound()
    {
        var region = await Regions.CreateAsync("Noord", default);
        var first = await SaveAsync("u1", regionId: region.RegionId);
        await Regions.OpenRoundAsync(region.RegionId, default);
        var second = await SaveAsync("u1", regionId: region.RegionId);

        Assert.Equal(1, first.Round);
        Assert.Equal(2, second.Round);
        Assert.Single(await Archive.ListRoundAsync(region.RegionId, 1, default));
        Assert.Single(await Archive.ListRoundAsync(region.RegionId, 2, default));
    }

    [Fact]
    public async Task ListRoundAsync_RespondentFinishedTwice_ListsOnlyTheLatest()
    {
        var region = await Regions.CreateAsync("Noord", default);
        await SaveAsync("u1", ResultFixtures.Result(ResultFixtures.Uniform(1)), regionId: region.RegionId);
        await SaveAsync("u2", regionId: region.RegionId, minute: 1);
        await SaveAsync("u1", ResultFixtures.Result(ResultFixtures.Uniform(3)), regionId: region.RegionId, minute: 2);

        var round = await Archive.ListRoundAsync(region.RegionId, 1, default);

        Assert.Equal(["u2", "u1"], round.Select(a => a.UserKey));
        Assert.Equal(3, round[1].Result.Phases["kwaliteit"]);
    }

    [Fact]
    public async Task SaveAsync_UnknownRegion_KeepsTheReportOutsideAnyRegion()
    {
        var link = await SaveAsync("u1", regionId: "bestaat-niet");

        var found = await Archive.FindByLinkAsync(link.Token, default);

        Assert.Null(link.Round);
        Assert.Null(found!.RegionId);
    }

    [Fact]
    public async Task DeleteRespondentAsync_RemovesTheirAssessmentsAndLinksOnly()
    {
        var region = await Regions.CreateAsync("Noord", default);
        var gone = await SaveAsync("u1", regionId: region.RegionId);
        await SaveAsync("u1", regionId: region.RegionId, minute: 1);
        var kept = await SaveAsync("u2", regionId: region.RegionId);

        var deleted = await Archive.DeleteRespondentAsync("u1", default);

        Assert.Equal(2, deleted);
        Assert.Null(await Archive.FindByLinkAsync(gone.Token, default));
        Assert.Null(await Archive.FindInRegionAsync(region.RegionId, gone.ReportId, default));
        Assert.NotNull(await Archive.FindByLinkAsync(kept.Token, default));
        Assert.Equal(["u2"], (await Archive.ListRoundAsync(region.RegionId, 1, default)).Select(a => a.UserKey));
    }

    [Fact]
    public async Task ConversationDeleteRespondent_VerwijderMijnGegevens_AlsoRemovesTheirReports()
    {
        var region = await Regions.CreateAsync("Noord", default);
        var gone = await SaveAsync("u1", regionId: region.RegionId);
        await SaveAsync("u2", regionId: region.RegionId);

        var deletion = await CreateConversationStore().DeleteRespondentAsync("u1", default);

        Assert.Equal(2, deletion.Total);
        Assert.Null(await Archive.FindByLinkAsync(gone.Token, default));
        Assert.Equal(["u2"], (await Archive.ListRoundAsync(region.RegionId, 1, default)).Select(a => a.UserKey));
    }

    [Fact]
    public async Task FindInRegionAsync_ReportOfAnotherRegion_ReturnsNothing()
    {
        var a = await Regions.CreateAsync("Regio A", default);
        var b = await Regions.CreateAsync("Regio B", default);
        var link = await SaveAsync("u1", regionId: a.RegionId);

        Assert.NotNull(await Archive.FindInRegionAsync(a.RegionId, link.ReportId, default));
        Assert.Null(await Archive.FindInRegionAsync(b.RegionId, link.ReportId, default));
        Assert.Empty(await Archive.ListRoundAsync(b.RegionId, 1, default));
    }

    [Fact]
    public async Task SaveAsync_NameWithoutConsent_IsNotStored()
    {
        var region = await Regions.CreateAsync("Noord", default);
        await SaveAsync("u1", regionId: region.RegionId);
        await SaveAsync("u2", regionId: region.RegionId, minute: 1, name: "Fatima");

        var round = await Archive.ListRoundAsync(region.RegionId, 1, default);

        Assert.Equal([null, "Fatima"], round.Select(a => a.ConsentedName));
    }

    [Fact]
    public async Task CreateAsync_NewRegion_GetsReadableIdSecretsAndRoundOne()
    {
        var created = await Regions.CreateAsync("  Vallei & Velden ", default);

        var found = await Regions.FindAsync(created.RegionId, default);

        Assert.Equal("vallei-velden", created.RegionId);
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", created.AccessCode);
        Assert.Equal(22, created.CoordinatorToken.Length);
        Assert.Equal("Vallei & Velden", found!.Name);
        Assert.Equal(1, found.CurrentRound);
    }

    [Fact]
    public async Task CreateAsync_SameNameTwice_GetsTwoRegions()
    {
        var first = await Regions.CreateAsync("Noord", default);
        var second = await Regions.CreateAsync("Noord", default);

        Assert.Equal("noord", first.RegionId);
        Assert.Equal("noord-2", second.RegionId);
        Assert.NotEqual(first.AccessCode, second.AccessCode);
    }

    [Fact]
    public async Task TryJoinAsync_CodeTypedCarelessly_JoinsTheRegion()
    {
        var created = await Regions.CreateAsync("Noord", default);
        var sloppy = " " + created.AccessCode.Replace("-", " ").ToLowerInvariant() + " ";

        var membership = await Regions.TryJoinAsync(sloppy, default);

        Assert.Equal(new RegionMembership(created.RegionId, "Noord", 1), membership);
    }

    [Fact]
    public async Task TryJoinAsync_WrongCode_JoinsNothing()
    {
        await Regions.CreateAsync("Noord", default);

        Assert.Null(await Regions.TryJoinAsync("ABCD-EFGH", default));
    }

    [Fact]
    public async Task IsCoordinatorAsync_TokenOfAnotherRegion_IsRefused()
    {
        var a = await Regions.CreateAsync("Regio A", default);
        var b = await Regions.CreateAsync("Regio B", default);

        Assert.True(await Regions.IsCoordinatorAsync(a.RegionId, a.CoordinatorToken, default));
        Assert.False(await Regions.IsCoordinatorAsync(b.RegionId, a.CoordinatorToken, default));
        Assert.False(await Regions.IsCoordinatorAsync(a.RegionId, null, default));
        Assert.False(await Regions.IsCoordinatorAsync("onbekend", a.CoordinatorToken, default));
    }

    [Fact]
    public async Task OpenRoundAsync_Twice_NumbersRoundsOnAndJoinSeesTheNewRound()
    {
        var created = await Regions.CreateAsync("Noord", default);

        Assert.Equal(2, await Regions.OpenRoundAsync(created.RegionId, default));
        Assert.Equal(3, await Regions.OpenRoundAsync(created.RegionId, default));
        Assert.Equal(3, (await Regions.TryJoinAsync(created.AccessCode, default))!.Round);
        Assert.Equal([1, 2, 3], (await Regions.FindAsync(created.RegionId, default))!.Rounds.Select(r => r.Number));
    }

    [Fact]
    public async Task OpenRoundAsync_UnknownRegion_Throws()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Regions.OpenRoundAsync("onbekend", default));
    }

    [Fact]
    public async Task RegisterAsync_ConfiguredRegionAgain_KeepsItsRoundsAndTakesNewSecrets()
    {
        await Regions.RegisterAsync(new CreatedRegion("zuid", "Zuid", "oud-token", "AAAA-BBBB"), default);
        await Regions.OpenRoundAsync("zuid", default);

        await Regions.RegisterAsync(new CreatedRegion("zuid", "Regio Zuid", "nieuw-token", "CCCC-DDDD"), default);

        Assert.Equal(2, (await Regions.FindAsync("zuid", default))!.CurrentRound);
        Assert.False(await Regions.IsCoordinatorAsync("zuid", "oud-token", default));
        Assert.True(await Regions.IsCoordinatorAsync("zuid", "nieuw-token", default));
        Assert.Equal("Regio Zuid", (await Regions.TryJoinAsync("cccc-dddd", default))!.RegionName);
    }

    [Fact]
    public async Task SaveAsync_LinksAndRegionSecrets_Are128RandomBitsAndNeverStoredInTheClear()
    {
        var first = await SaveAsync("u1");
        var second = await SaveAsync("u1");
        var region = await Regions.CreateAsync("Noord", default);

        var rows = Database.CatalogueTables().SelectMany(Database.RowsAsText).ToList();

        Assert.NotEqual(first.Token, second.Token);
        Assert.Equal(16, Convert.FromBase64String(first.Token.Replace('-', '+').Replace('_', '/') + "==").Length);
        Assert.All([first.Token, second.Token, region.CoordinatorToken, region.AccessCode], secret =>
            Assert.DoesNotContain(rows, row => row.Contains(secret, StringComparison.Ordinal)));
    }

    protected Task<ReportLink> SaveAsync(
        string user,
        AssessmentResult? result = null,
        string? regionId = null,
        int minute = 0,
        string? name = null,
        IReadOnlyDictionary<string, string>? remarks = null) =>
        Archive.SaveAsync(
            new ReportSubmission
            {
                UserKey = user,
                RegionId = regionId,
                ConsentedName = name,
                CompletedAt = Clock.GetUtcNow().AddMinutes(minute),
                Result = result ?? ResultFixtures.SharedCase("binnenmeren"),
                Remarks = remarks ?? new Dictionary<string, string>(),
            },
            default);
}
