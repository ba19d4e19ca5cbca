using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Rules.Priority;
using SamenOpleiden.Advisor.Rules.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Rules.Tests.Priority;

/// <summary>Each priority rule alone: which candidates it weighs, with the weight from priority.json.</summary>
public class PriorityRulesTests
{
    private static readonly PriorityWeights Weights = Given.Weights(
        ("Priority.AmbitieVanDeRegio", 50), ("Priority.EersteAmbitieVoorop", 5), ("Priority.AchterblijverOpDeRegio", 30),
        ("Priority.GroteAchterstand", 15), ("Priority.VoorloperKanWachten", -15));

    public static TheoryData<string, string, int?, string, int?> Cases => new()
    {
        // rule, candidate kind, candidate phase, region facts ("region:<phase>" or "ambition:<first>,<second>"), expected weight (null: none)
        { nameof(AchterblijverOpDeRegio), AdviceKinds.Transition, 1, "region:3", 30 },
        { nameof(AchterblijverOpDeRegio), AdviceKinds.Profile, 2, "region:3", 30 },
        { nameof(AchterblijverOpDeRegio), AdviceKinds.Transition, 2, "region:2", null },
        { nameof(AchterblijverOpDeRegio), AdviceKinds.Deepen, 3, "region:3", null },
        { nameof(GroteAchterstand), AdviceKinds.Transition, 1, "region:3", 15 },
        { nameof(GroteAchterstand), AdviceKinds.Transition, 2, "region:3", null },
        { nameof(VoorloperKanWachten), AdviceKinds.Transition, 2, "region:1", -15 },
        { nameof(VoorloperKanWachten), AdviceKinds.Profile, 2, "region:1", null },
        { nameof(AmbitieVanDeRegio), AdviceKinds.Transition, 1, "ambition:relaties,kwaliteit", 50 },
        { nameof(AmbitieVanDeRegio), AdviceKinds.Transition, 1, "ambition:relaties", null },
        { nameof(EersteAmbitieVoorop), AdviceKinds.Transition, 1, "ambition:kwaliteit,relaties", 5 },
        { nameof(EersteAmbitieVoorop), AdviceKinds.Transition, 1, "ambition:relaties,kwaliteit", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fire_CandidateForKwaliteit_WeighsItAsTheRuleSays(string rule, string kind, int? phase, string context, int? expected)
    {
        var candidate = Given.Candidate("kwaliteit", phase, kind);

        var session = RuleSession.Of(Create(rule)).Fire(candidate, Context(context));

        Assert.Equal(expected, candidate.Weights.Values.Cast<int?>().SingleOrDefault());
        Assert.Equal(expected ?? 0, candidate.Score);
        if (expected is not null) Assert.Equal($"Priority.{rule}", Assert.Single(candidate.Weights.Keys).Rule.Name);
    }

    [Fact]
    public void Fire_ProfielVoorrangRow_WeighsOnlyItsFocusPointOnItsPhasesInARegionThatMeetsItsConditions()
    {
        var rule = new ProfielVoorrang(new PriorityRow("TekortregioHrAanTafel", "Reden.", RegionConditions.Named(["tekort"]),
            new PhaseFilter("professionals-hr", [1]), 10));
        var hr = Given.Candidate("professionals-hr", 1);
        var hrOnTwo = Given.Candidate("professionals-hr", 2);
        var other = Given.Candidate("kwaliteit", 1);

        var tekort = RuleSession.Of(rule).Fire(hr, hrOnTwo, other, Given.Region("tekort"));
        var krimp = RuleSession.Of(new ProfielVoorrang(new PriorityRow("TekortregioHrAanTafel", "Reden.", RegionConditions.Named(["tekort"]),
            new PhaseFilter("professionals-hr", [1]), 10))).Fire(Given.Candidate("professionals-hr", 1), Given.Region("krimp"));

        Assert.Equal((10, 0, 0), (hr.Score, hrOnTwo.Score, other.Score));
        Assert.Equal("Priority.TekortregioHrAanTafel", Assert.Single(hr.Weights.Keys).Rule.Name);
        Assert.Empty(krimp.Fired);
    }

    private static Rule Create(string rule) => rule switch
    {
        nameof(AchterblijverOpDeRegio) => new AchterblijverOpDeRegio(Weights),
        nameof(GroteAchterstand) => new GroteAchterstand(Weights),
        nameof(VoorloperKanWachten) => new VoorloperKanWachten(Weights),
        nameof(AmbitieVanDeRegio) => new AmbitieVanDeRegio(Weights),
        nameof(EersteAmbitieVoorop) => new EersteAmbitieVoorop(Weights),
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    private static object Context(string context)
    {
        var (kind, value) = (context.Split(':')[0], context.Split(':')[1]);
        return kind == "region" ? Given.RegionOn(int.Parse(value)) : new Ambition(value.Split(','));
    }
}
