using SamenOpleiden.Advisor.Core.Rephrasings;
using SamenOpleiden.Advisor.Storage.Stores;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Storage.Tests.Contracts;

/// <summary>
/// What the rephrasing cache must do on every database: texts stored by one instance are found by another
/// (a restart, a second process, another instance behind the load balancer), byte for byte.
/// </summary>
public abstract class RephrasingCacheContract(TestDatabase database) : DatabaseTest(database)
{
    private static readonly RephrasingCacheKey Key = new(new string('a', 64), "informeel", "3f1c9a7e20b4", "9b2d44c1aa07", "gpt-4o-mini");

    private static readonly Dictionary<string, string> Texts = new()
    {
        ["financien-1-naar-2"] = "Voor financiën: breng alle middelen samen in één begroting — \"samen\" is het sleutelwoord.",
        ["kwaliteit-verdiepen"] = "Op kwaliteit zitten jullie al in Regionale Samenwerking.",
    };

    /// <summary>A cache as one more service instance on the same database sees it.</summary>
    private IRephrasingCache CreateInstance() => new RephrasingCache(Database.Open());

    [Fact]
    public async Task GetAsync_TextsStoredByAnotherInstance_ReturnsThemUnchanged()
    {
        await CreateInstance().SetAsync(Key, Texts, CancellationToken.None);

        var found = await CreateInstance().GetAsync(Key, CancellationToken.None);

        Assert.Equal(Texts, found);
    }

    [Fact]
    public async Task GetAsync_SameContentForAnotherModel_IsAMiss()
    {
        var cache = CreateInstance();
        await cache.SetAsync(Key, Texts, CancellationToken.None);

        Assert.Null(await cache.GetAsync(Key with { Model = "llama3.1" }, CancellationToken.None));
        Assert.Null(await cache.GetAsync(Key with { PromptVersion = "000000000000" }, CancellationToken.None));
    }

    [Fact]
    public async Task SetAsync_TwoInstancesStoreTheSameKey_TheFirstStaysAndNeitherFails()
    {
        await CreateInstance().SetAsync(Key, Texts, CancellationToken.None);
        await CreateInstance().SetAsync(Key, new Dictionary<string, string> { ["financien-1-naar-2"] = "later" }, CancellationToken.None);

        Assert.Equal(Texts, await CreateInstance().GetAsync(Key, CancellationToken.None));
    }
}
