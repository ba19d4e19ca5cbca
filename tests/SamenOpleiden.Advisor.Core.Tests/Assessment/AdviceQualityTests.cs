using System.Text.RegularExpressions;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Tests.TestSupport;
using SamenOpleiden.Advisor.Rules;

namespace SamenOpleiden.Advisor.Core.Tests.Assessment;

/// <summary>
/// What a careful reader checks in any advice, over a seeded sample of random answer sets and profiles (another seed
/// than the validator's): short steps with fitting horizons, one lead per item, nothing founded that the region
/// already has, no tekort reflexes in a krimpregio, peer review between partnerships, and "waarom" without rule ids.
/// </summary>
public class AdviceQualityTests
{
    private static readonly Lazy<List<(AssessmentInput Input, AssessmentResult Result)>> Sample = new(() =>
        AnswerPatterns.Sample(TestRules.Evaluator.Typology, [.. TestRules.Evaluator.FollowUpQuestions.Keys], 1500, seed: 7)
            .Select(input => (input, TestRules.Evaluator.Evaluate(input)))
            .ToList());

    private static readonly Dictionary<int, string> Horizons = new() { [1] = "dit schooljaar", [2] = "1-2 jaar", [3] = "2-3 jaar" };

    [Fact]
    public void Steps_HoldAtMostThreeThenFourItems_EachDueWithinItsStepsHorizon()
    {
        Assert.All(Sample.Value, s =>
        {
            Assert.InRange(s.Result.Steps[0].Items.Count, 0, 3);
            Assert.All(s.Result.Steps, step =>
            {
                Assert.InRange(step.Items.Count, 0, 4);
                Assert.All(step.Items, item => Assert.Equal(Horizons[step.Step], item.Horizon));
            });
        });
    }

    [Fact]
    public void EveryItem_NamesOneLeadBesidesWhoTakesPart()
    {
        Assert.All(Items(), x =>
        {
            Assert.False(string.IsNullOrWhiteSpace(x.Item.Lead));
            Assert.DoesNotContain(x.Item.Lead, x.Item.Who);
            Assert.NotEmpty(x.Item.Who);
        });
    }

    [Fact]
    public void NoItem_FoundsWhatEverySubsidisedRegionHas()
    {
        // As the old advice said: "Sluit een samenwerkingsovereenkomst met een duidelijke penvoerder".
        var founding = new Regex(@"\b(Sluit|Teken)\b[^.]*samenwerkingsovereenkomst|\b(Kies|Benoem|Wijs)\b[^.]*penvoerder|\bStel\b[^.]*plan van aanpak op");

        Assert.All(Items(), x => Assert.DoesNotContain(x.Item.Actions.Append(x.Item.Title), text => founding.IsMatch(text)));
    }

    [Fact]
    public void WithSharedRegie_NoItemFoundsRegieOverlegOrALoket()
    {
        var founding = new Regex(@"\b(Benoem|Organiseer|Richt|Zet)\b[^.]*\b(regiocoördinator|stuurgroep|HR-overleg|loket|platform|bestuurlijk niveau)\b");

        Assert.All(Items().Where(x => x.Result.Phases["organisatiestructuur"] >= 2),
            x => Assert.DoesNotContain(x.Item.Actions, action => founding.IsMatch(action)));
    }

    [Fact]
    public void Krimpregio_GetsNoTekortReflexes()
    {
        var reflex = new Regex("concurreren om personeel|meer studenten opleiden|extra studenten", RegexOptions.IgnoreCase);

        Assert.All(Items().Where(x => x.Input.Profile.RegionType == "krimp"),
            x => Assert.DoesNotContain(x.Item.Actions, action => reflex.IsMatch(action)));
    }

    [Fact]
    public void PeerReview_IsBetweenPartnerships_NeverOfOtherOnderwijsregios()
    {
        var otherRegions = new Regex(@"peer review[^.]*andere onderwijsregio|andere onderwijsregio[^.]*peer review", RegexOptions.IgnoreCase);

        Assert.All(Items(), x => Assert.DoesNotContain(x.Item.Actions, action => otherRegions.IsMatch(action)));
    }

    [Fact]
    public void Waarom_TellsTheRegionsFactsWithoutRuleIds()
    {
        var ruleId = new Regex(@"\b(Phase|Consistency|Typering|Advice|Priority|Roadmap)\.[A-Z]|\{[a-z]+\}|\bregel\b");

        Assert.All(Sample.Value, s =>
        {
            var traces = s.Result.Typering.Trace
                .Concat(s.Result.PhaseTrace.Values.SelectMany(t => t))
                .Concat(s.Result.FollowUps.SelectMany(f => f.Trace))
                .Concat(s.Result.Steps.SelectMany(step => step.Items).SelectMany(i => i.Trace));
            Assert.All(traces, t => Assert.DoesNotMatch(ruleId, t.Text));
        });
    }

    [Fact]
    public void ZijInstromersRoute_InARegionWithMbo_IncludesThePdg()
    {
        var routes = Items().Where(x => x.Item.Id == "route-zij-instromers").ToList();

        Assert.NotEmpty(routes);
        Assert.All(routes, x => Assert.Equal(x.Input.Profile.HasSector("mbo"), x.Item.Actions.Any(a => a.Contains("PDG"))));
    }

    [Fact]
    public void AFocusPoint_GetsOneItemForItsPhase_NeverTheGeneralAdviceBesideItsVariant()
    {
        var (rules, _) = RuleSetLoader.Load(TestRules.Directory, AdvisorRuleSet.Assembly);
        var slots = rules!.Data.Advice.Items.ToDictionary(a => a.Id, a => a.Slot);

        Assert.All(Sample.Value, s =>
        {
            var items = s.Result.Steps.SelectMany(step => step.Items).Select(i => i.Id).Concat(s.Result.Later.Select(l => l.Id)).ToList();
            Assert.Equal(items.Count, items.Select(id => slots[id]).Distinct().Count());
        });
    }

    private static IEnumerable<(AssessmentInput Input, AssessmentResult Result, AdviceResultItem Item)> Items() =>
        Sample.Value.SelectMany(s => s.Result.Steps.SelectMany(step => step.Items).Select(item => (s.Input, s.Result, item)));
}
