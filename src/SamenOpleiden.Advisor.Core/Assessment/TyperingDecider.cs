using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Core.Assessment;

/// <summary>The overall typering: the region's phase (RegionPhase workflow) and its shape (TyperingShape workflow).</summary>
internal sealed class TyperingDecider(RuleSet rules)
{
    private const string Undetermined = "Nog niet te bepalen";

    public Typering Decide(IReadOnlyDictionary<string, int> phases)
    {
        var known = phases.Values.Where(p => p > 0).ToList();
        var tally = new TallyFacts
        {
            Known = known.Count,
            Unknown = phases.Count - known.Count,
            Count1 = known.Count(p => p == 1),
            Count2 = known.Count(p => p == 2),
            Count3 = known.Count(p => p == 3),
        };
        object[] tallyInputs = [tally];
        var phaseRule = rules.Workflow("RegionPhase").First(tallyInputs, "phase");
        var regionPhase = phaseRule?.Number("phase") ?? 0;

        var laggards = Ordered(phases, p => p > 0 && p < regionPhase, regionPhase);
        var frontrunners = Ordered(phases, p => regionPhase > 0 && p > regionPhase, regionPhase);
        var shape = new TallyFacts
        {
            Known = tally.Known, Unknown = tally.Unknown, Count1 = tally.Count1, Count2 = tally.Count2, Count3 = tally.Count3,
            RegionPhase = regionPhase, LaggardCount = laggards.Count, FrontrunnerCount = frontrunners.Count,
        };
        object[] shapeInputs = [shape];
        var shapeWorkflow = rules.Workflow("TyperingShape");
        var summaryRule = shapeWorkflow.First(shapeInputs, "summary");
        var appendRules = shapeWorkflow.Matching(shapeInputs).Where(r => r.Properties.ContainsKey("append")).ToList();

        var name = regionPhase > 0 ? rules.Typology.Phase(regionPhase).Name : Undetermined;
        var summary = string.Concat(new[] { summaryRule?.Text("summary") ?? name }.Concat(appendRules.Select(r => r.Text("append")!)));
        summary = summary
            .Replace("{fase}", name)
            .Replace("{achterblijvers}", DutchList.Join(laggards.Select(ShortName)))
            .Replace("{voorlopers}", DutchList.Join(frontrunners.Select(ShortName)))
            .Replace("{onbekend}", tally.Unknown.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var trace = new List<RuleTrace>();
        if (phaseRule is not null) trace.Add(phaseRule.Trace(tallyInputs));
        if (summaryRule is not null) trace.Add(summaryRule.Trace(shapeInputs));
        trace.AddRange(appendRules.Select(r => r.Trace(shapeInputs)));
        return new Typering(regionPhase == 0 ? null : regionPhase, name, summary, laggards, frontrunners, trace);
    }

    private string ShortName(string id) => rules.Typology.Get(id).ShortName;

    // Furthest from the region's phase first, then typology order, so the summary names the biggest gaps first.
    private List<string> Ordered(IReadOnlyDictionary<string, int> phases, Func<int, bool> include, int regionPhase) =>
        rules.Typology.FocusPoints
            .Where(f => include(phases[f.Id]))
            .Select((f, index) => (f.Id, Gap: Math.Abs(regionPhase - phases[f.Id]), index))
            .OrderByDescending(x => x.Gap).ThenBy(x => x.index)
            .Select(x => x.Id)
            .ToList();
}
