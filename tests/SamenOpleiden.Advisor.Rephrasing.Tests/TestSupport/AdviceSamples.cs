using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Rephrasing.Tests.TestSupport;

/// <summary>Results of the repository's own rules (<see cref="RealRules"/>) for inputs that reach every kind of advice.</summary>
internal static class AdviceSamples
{
    private static IAssessmentEvaluator Evaluator => RealRules.Evaluator;

    /// <summary>Every phase alike, each region type, and the golden cases: between them every advice file is used.</summary>
    public static IEnumerable<(string Name, AssessmentResult Result)> Results()
    {
        foreach (var phase in new int?[] { 1, 2, 3, null })
        {
            foreach (var regionType in new[] { "tekort", "krimp" })
            {
                var input = new AssessmentInput
                {
                    Profile = new RegionProfile { RegionName = "Onderwijsregio Test", RegionType = regionType, Partnerships = 2, Sectors = ["po", "vo"], Realisatiegraad = 40 },
                    Answers = Evaluator.Typology.FocusPoints.ToDictionary(f => f.Id, _ => phase),
                };
                yield return ($"all phase {phase?.ToString() ?? "unknown"}, {regionType}", Evaluator.Evaluate(input));
            }
        }

        foreach (var file in Directory.GetFiles(RepositoryFiles.Cases, "*.json").Order(StringComparer.Ordinal))
        {
            yield return (Path.GetFileNameWithoutExtension(file), Evaluator.Evaluate(AssessmentInputReader.Parse(File.ReadAllText(file))));
        }
    }

    /// <summary>
    /// A faithful rephrasing made mechanically: each item's own focus point and phase, then its title,
    /// actions, who and when. The guard must accept it for every item the rules can give.
    /// </summary>
    public static IReadOnlyList<(string Id, string Text)> FaithfulTexts(AssessmentResult result) =>
        AdviceRuleText.Flatten(result).Select(x => (x.Item.Id, Faithful(x.Item))).ToList();

    private static string Faithful(AdviceResultItem item)
    {
        var typology = Evaluator.Typology;
        var focusPoint = item.FocusPoint is null ? null : typology.Get(item.FocusPoint).Name;
        var target = item.ToPhase ?? item.FromPhase;
        var opening = (focusPoint, target) switch
        {
            (null, null) => "Voor de hele regio:",
            (null, { } p) => $"Op weg naar {typology.Phase(p).Name}:",
            ({ } f, null) => $"Voor {f}:",
            ({ } f, { } p) => $"Voor {f} werken jullie naar {typology.Phase(p).Name}:",
        };
        var who = item.Who.Count == 0 ? "" : $" Hierbij zijn {string.Join(", ", item.Who)} betrokken.";
        return $"{opening} {item.Title.TrimEnd('.')}. {string.Join(" ", item.Actions)}{who} Wanneer: {item.Horizon}.";
    }
}
