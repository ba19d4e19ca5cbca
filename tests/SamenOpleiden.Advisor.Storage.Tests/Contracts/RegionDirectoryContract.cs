using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Storage.Tests.Contracts;

/// <summary>What every <see cref="IRegionDirectory"/> must do; each provider derives from this class.</summary>
public abstract class RegionDirectoryContract
{
    private protected abstract IReportStoreSet Store { get; }

    [Fact]
    public async Task CreateAsync_NewRegion_GetsReadableIdSecretsAndRoundOne()
    {
        var created = await Store.Regions.CreateAsync("  Vallei & Velden ", default);

        var found = await Store.Regions.FindAsync(created.RegionId, default);

        Assert.Equal("vallei-velden", created.RegionId);
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", created.AccessCode);
        Assert.Equal(22, created.CoordinatorToken.Length);
        Assert.Equal("Vallei & Velden", found!.Name);
        Assert.Equal(1, found.CurrentRound);
    }

    [Fact]
    public async Task CreateAsync_SameNameTwice_GetsTwoRegions()
    {
        var first = await Store.Regions.CreateAsync("Noord", default);
        var second = await Store.Regions.CreateAsync("Noord", default);

        Assert.Equal("noord", first.RegionId);
        Assert.Equal("noord-2", second.RegionId);
        Assert.NotEqual(first.AccessCode, second.AccessCode);
    }

    [Fact]
    public async Task TryJoinAsync_CodeTypedCarelessly_JoinsTheRegion()
    {
        var created = await Store.Regions.CreateAsync("Noord", default);
        var sloppy = " " + created.AccessCode.Replace("-", " ").ToLowerInvariant() + " ";

        var membership = await Store.Regions.TryJoinAsync(sloppy, default);

        Assert.Equal(new RegionMembership(created.RegionId, "Noord", 1), membership);
    }

    [Fact]
    public async Task TryJoinAsync_WrongCode_JoinsNothing()
    {
        await Store.Regions.CreateAsync("Noord", default);

        Assert.Null(await Store.Regions.TryJoinAsync("ABCD-EFGH", default));
    }

    [Fact]
    public async Task IsCoordinatorAsync_TokenOfAnotherRegion_IsRefused()
    {
        var a = await Store.Regions.CreateAsync("Regio A", default);
        var b = await Store.Regions.CreateAsync("Regio B", default);

        Assert.True(await Store.Regions.IsCoordinatorAsync(a.RegionId, a.CoordinatorToken, default));
        Assert.False(await Store.Regions.IsCoordinatorAsync(b.RegionId, a.CoordinatorToken, default));
        Assert.False(await Store.Regions.IsCoordinatorAsync(a.RegionId, null, default));
        Assert.False(await Store.Regions.IsCoordinatorAsync("onbekend", a.CoordinatorToken, default));
    }

    [Fact]
    public async Task OpenRoundAsync_Twice_NumbersRoundsOnAndJoinSeesTheNewRound()
    {
        var created = await Store.Regions.CreateAsync("Noord", default);

        Assert.Equal(2, await Store.Regions.OpenRoundAsync(created.RegionId, default));
        Assert.Equal(3, await Store.Regions.OpenRoundAsync(created.RegionId, default));
        Assert.Equal(3, (await Store.Regions.TryJoinAsync(created.AccessCode, default))!.Round);
        Assert.Equal([1, 2, 3], (await Store.Regions.FindAsync(created.RegionId, default))!.Rounds.Select(r => r.Number));
    }

    [Fact]
    public async Task OpenRoundAsync_UnknownRegion_Throws()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Store.Regions.OpenRoundAsync("onbekend", default));
    }

    [Fact]
    public async Task RegisterAsync_ConfiguredRegionAgain_KeepsItsRoundsAndTakesNewSecrets()
    {
        await Store.Regions.RegisterAsync(new CreatedRegion("zuid", "Zuid", "oud-token", "AAAA-BBBB"), default);
        await Store.Regions.OpenRoundAsync("zuid", default);

        await Store.Regions.RegisterAsync(new CreatedRegion("zuid", "Regio Zuid", "nieuw-token", "CCCC-DDDD"), default);

        Assert.Equal(2, (await Store.Regions.FindAsync("zuid", default))!.CurrentRound);
        Assert.False(await Store.Regions.IsCoordinatorAsync("zuid", "oud-token", default));
        Assert.True(await Store.Regions.IsCoordinatorAsync("zuid", "nieuw-token", default));
        Assert.Equal("Regio Zuid", (await Store.Regions.TryJoinAsync("cccc-dddd", default))!.RegionName);
    }
}
