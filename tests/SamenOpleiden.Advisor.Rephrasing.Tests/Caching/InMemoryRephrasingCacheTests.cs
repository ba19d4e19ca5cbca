using SamenOpleiden.Advisor.Core.Rephrasings;
using SamenOpleiden.Advisor.Rephrasing.Caching;

namespace SamenOpleiden.Advisor.Rephrasing.Tests.Caching;

public sealed class InMemoryRephrasingCacheTests
{
    private static RephrasingCacheKey Key(int n) => new($"hash{n}", "informeel", "rules", "prompts", "model");

    private static Dictionary<string, string> Texts(int n) => new() { ["item"] = $"tekst {n}" };

    [Fact]
    public async Task GetAsync_AfterSet_ReturnsTheTexts()
    {
        var cache = new InMemoryRephrasingCache();

        await cache.SetAsync(Key(1), Texts(1), CancellationToken.None);

        Assert.Equal("tekst 1", (await cache.GetAsync(Key(1), CancellationToken.None))!["item"]);
        Assert.Null(await cache.GetAsync(Key(2), CancellationToken.None));
    }

    [Fact]
    public async Task SetAsync_BeyondCapacity_DropsTheOldestEntry()
    {
        var cache = new InMemoryRephrasingCache(capacity: 2);

        for (var n = 1; n <= 3; n++)
        {
            await cache.SetAsync(Key(n), Texts(n), CancellationToken.None);
        }

        Assert.Null(await cache.GetAsync(Key(1), CancellationToken.None));
        Assert.NotNull(await cache.GetAsync(Key(2), CancellationToken.None));
        Assert.NotNull(await cache.GetAsync(Key(3), CancellationToken.None));
    }
}
