using SamenOpleiden.Advisor.Rephrasing.Caching;
using static SamenOpleiden.Advisor.Rephrasing.Tests.TestSupport.AdviceFixtures;

namespace SamenOpleiden.Advisor.Rephrasing.Tests.Caching;

public sealed class RephrasingCacheKeyTests
{
    private static RephrasingCacheKey Key(RephrasingRequest request, string style = "informeel", string prompts = "p1", string model = "m1") =>
        RephrasingCacheKey.For(request, style, prompts, model);

    [Fact]
    public void For_SameContent_GivesTheSameKey()
    {
        Assert.Equal(Key(new RephrasingRequest(Result())), Key(new RephrasingRequest(Result())));
    }

    [Fact]
    public void For_AnyPartThatChangesTheWording_GivesAnotherKey()
    {
        var baseline = Key(new RephrasingRequest(Result()));

        var variants = new[]
        {
            Key(new RephrasingRequest(Result("Onderwijsregio Noordwest"))),
            Key(new RephrasingRequest(Result() with { RulesVersion = "other-rules" })),
            Key(new RephrasingRequest(Result(), Remarks: new Dictionary<string, string> { ["relaties"] = "Wij overleggen maandelijks." })),
            Key(new RephrasingRequest(Result()), style: "kort"),
            Key(new RephrasingRequest(Result()), prompts: "p2"),
            Key(new RephrasingRequest(Result()), model: "m2"),
        };

        Assert.All(variants, v => Assert.NotEqual(baseline.Value, v.Value));
        Assert.Equal(variants.Length, variants.Select(v => v.Value).Distinct().Count());
    }
}
