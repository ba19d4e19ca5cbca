using SamenOpleiden.Advisor.Conversation.Guessing;
using SamenOpleiden.Advisor.Storage.Stores;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Storage.Tests.Contracts;

/// <summary>
/// What the counts of wrong tries must do on every database: instances on one database count the same tries, so a
/// guesser gains nothing from a load balancer spreading the tries; a window ends for everyone; client addresses
/// are not stored as such.
/// </summary>
public abstract class GuessCountsContract(TestDatabase database) : DatabaseTest(database)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>The counts as one more service instance on the same database sees them.</summary>
    private GuessCountStore CreateInstance() => new(Database.Open());

    [Fact]
    public async Task ReadAsync_TriesCountedByTwoInstances_AddUpInOneWindow()
    {
        string[] keys = ["code-client:198.51.100.7", "code-all"];
        await CreateInstance().CountAsync(keys, Start, Window, Ct);
        await CreateInstance().CountAsync(keys, Start.AddMinutes(2), Window, Ct);

        var counts = await CreateInstance().ReadAsync(keys, Start.AddMinutes(3), Ct);

        Assert.Equal(
            [new GuessCount("code-all", 2, Start + Window), new GuessCount("code-client:198.51.100.7", 2, Start + Window)],
            counts.OrderBy(count => count.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task CountAsync_AfterTheWindowEnded_StartsANewWindowAtOne()
    {
        string[] keys = ["coordinator-region:noord"];
        var first = CreateInstance();
        await first.CountAsync(keys, Start, Window, Ct);
        await first.CountAsync(keys, Start.AddMinutes(1), Window, Ct);

        Assert.Empty(await CreateInstance().ReadAsync(keys, Start + Window, Ct));
        var later = Start + Window + TimeSpan.FromMinutes(1);
        await CreateInstance().CountAsync(keys, later, Window, Ct);

        Assert.Equal([new GuessCount("coordinator-region:noord", 1, later + Window)], await first.ReadAsync(keys, later, Ct));
    }

    [Fact]
    public async Task CountAsync_ManyTriesAtOnceOnTwoInstances_CountsEveryOne()
    {
        string[] keys = ["code-all"];
        var instances = new[] { CreateInstance(), CreateInstance() };

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => instances[i % 2].CountAsync(keys, Start, Window, Ct)));

        Assert.Equal(20, Assert.Single(await CreateInstance().ReadAsync(keys, Start, Ct)).Failures);
    }

    [Fact]
    public async Task CountAsync_StoresNoClientAddressAndDropsEndedWindows()
    {
        var instance = CreateInstance();
        await instance.CountAsync(["code-client:203.0.113.9"], Start, Window, Ct);
        Assert.DoesNotContain(Database.RowsAsText("guess_counts"), row => row.Contains("203.0.113.9", StringComparison.Ordinal));

        await instance.CountAsync(["code-client:192.0.2.1"], Start + Window, Window, Ct);

        Assert.Equal(1, Database.Count("guess_counts"));
    }
}
