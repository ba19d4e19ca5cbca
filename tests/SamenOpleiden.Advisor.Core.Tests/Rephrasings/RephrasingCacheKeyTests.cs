using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rephrasings;

namespace SamenOpleiden.Advisor.Core.Tests.Rephrasings;

public sealed class RephrasingCacheKeyTests
{
    private static RephrasingCacheKey Key(
        AssessmentResult result, IReadOnlyDictionary<string, string>? remarks = null, string style = "informeel", string prompts = "p1", string model = "m1") =>
        RephrasingCacheKey.For(result, remarks, style, prompts, model);

    [Fact]
    public void For_SameContent_GivesTheSameKey()
    {
        Assert.Equal(Key(Result()), Key(Result()));
    }

    [Fact]
    public void For_AnyPartThatChangesTheWording_GivesAnotherKey()
    {
        var baseline = Key(Result());

        var variants = new[]
        {
            Key(Result("Onderwijsregio Noordwest")),
            Key(Result() with { RulesVersion = "other-rules" }),
            Key(Result(), new Dictionary<string, string> { ["relaties"] = "Wij overleggen maandelijks." }),
            Key(Result(), style: "kort"),
            Key(Result(), prompts: "p2"),
            Key(Result(), model: "m2"),
        };

        Assert.All(variants, v => Assert.NotEqual(baseline.Value, v.Value));
        Assert.Equal(variants.Length, variants.Select(v => v.Value).Distinct().Count());
    }

    [Fact]
    public void HashContent_IsTheContentHashOfEveryStyleAndModel()
    {
        var remarks = new Dictionary<string, string> { ["relaties"] = "Wij overleggen maandelijks." };

        var hash = RephrasingCacheKey.HashContent(Result(), remarks);

        Assert.Equal(hash, Key(Result(), remarks, style: "kort", model: "m2").ContentHash);
        Assert.Equal(hash, Key(Result(), remarks).ContentHash);
    }

    private static AssessmentResult Result(string regionName = "Onderwijsregio Zuidoost") => new()
    {
        RulesVersion = "rules-1",
        Profile = new RegionProfile { RegionName = regionName, Partnerships = 3 },
        Phases = new Dictionary<string, int?> { ["kwaliteit"] = 2, ["financien"] = null },
        Typering = new Typering(2, "Samenwerkend Systeem", "Samenwerkend Systeem", [], [], []),
        Steps = [],
        Later = [],
        FollowUps = [],
        Ambition = [],
        PhaseTrace = new Dictionary<string, IReadOnlyList<RuleTrace>>(),
    };
}
