using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteRegionDirectoryTests : IDisposable
{
    private readonly ReportStoreFixture _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task CreateAsync_NewRegion_GetsReadableIdSecretsAndRoundOne()
    {
        var created = await _store.Regions.CreateAsync("  Vallei & Velden ", default);

        var found = await _store.Regions.FindAsync(created.RegionId, default);

        Assert.Equal("vallei-velden", created.RegionId);
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", created.AccessCode);
        Assert.Equal(22, created.CoordinatorToken.Length);
        Assert.Equal("Vallei & Velden", found!.Name);
        Assert.Equal(1, found.CurrentRound);
    }

    [Fact]
    public async Task CreateAsync_SameNameTwice_GetsTwoRegions()
    {
        var first = await _store.Regions.CreateAsync("Noord", default);
        var second = await _store.Regions.CreateAsync("Noord", default);

        Assert.Equal("noord", first.RegionId);
        Assert.Equal("noord-2", second.RegionId);
        Assert.NotEqual(first.AccessCode, second.AccessCode);
    }

    [Fact]
    public async Task TryJoinAsync_CodeTypedCarelessly_JoinsTheRegion()
    {
        var created = await _store.Regions.CreateAsync("Noord", default);
        var sloppy = " " + created.AccessCode.Replace("-", " ").ToLowerInvariant() + " ";

        var membership = await _store.Regions.TryJoinAsync(sloppy, default);

        Assert.Equal(new RegionMembership(created.RegionId, "Noord", 1), membership);
    }

    [Fact]
    public async Task TryJoinAsync_WrongCode_JoinsNothing()
    {
        await _store.Regions.CreateAsync("Noord", default);

        Assert.Null(await _store.Regions.TryJoinAsync("ABCD-EFGH", default));
    }

    [Fact]
    public async Task IsCoordinatorAsync_TokenOfAnotherRegion_IsRefused()
    {
        var a = await _store.Regions.CreateAsync("Regio A", default);
        var b = await _store.Regions.CreateAsync("Regio B", default);

        Assert.True(await _store.Regions.IsCoordinatorAsync(a.RegionId, a.CoordinatorToken, default));
        Assert.False(await _store.Regions.IsCoordinatorAsync(b.RegionId, a.CoordinatorToken, default));
        Assert.False(await _store.Regions.IsCoordinatorAsync(a.RegionId, null, default));
        Assert.False(await _store.Regions.IsCoordinatorAsync("onbekend", a.CoordinatorToken, default));
    }

    [Fact]
    public async Task OpenRoundAsync_Twice_NumbersRoundsOnAndJoinSeesTheNewRound()
    {
        var created = await _store.Regions.CreateAsync("Noord", default);

        Assert.Equal(2, await _store.Regions.OpenRoundAsync(created.RegionId, default));
        Assert.Equal(3, await _store.Regions.OpenRoundAsync(created.RegionId, default));
        Assert.Equal(3, (await _store.Regions.TryJoinAsync(created.AccessCode, default))!.Round);
        Assert.Equal([1, 2, 3], (await _store.Regions.FindAsync(created.RegionId, default))!.Rounds.Select(r => r.Number));
    }

    [Fact]
    public async Task OpenRoundAsync_UnknownRegion_Throws()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => _store.Regions.OpenRoundAsync("onbekend", default));
    }

    [Fact]
    public async Task RegisterAsync_ConfiguredRegionAgain_KeepsItsRoundsAndTakesNewSecrets()
    {
        await _store.Regions.RegisterAsync(new CreatedRegion("zuid", "Zuid", "oud-token", "AAAA-BBBB"), default);
        await _store.Regions.OpenRoundAsync("zuid", default);

        await _store.Regions.RegisterAsync(new CreatedRegion("zuid", "Regio Zuid", "nieuw-token", "CCCC-DDDD"), default);

        Assert.Equal(2, (await _store.Regions.FindAsync("zuid", default))!.CurrentRound);
        Assert.False(await _store.Regions.IsCoordinatorAsync("zuid", "oud-token", default));
        Assert.True(await _store.Regions.IsCoordinatorAsync("zuid", "nieuw-token", default));
        Assert.Equal("Regio Zuid", (await _store.Regions.TryJoinAsync("cccc-dddd", default))!.RegionName);
    }
}
