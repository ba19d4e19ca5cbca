using System.Globalization;
using System.Text;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Rephrasing.Guard;

/// <summary>The rules' result as the guard checks it: the expected items and every word the rules and profile allow.</summary>
internal sealed class GuardContext
{
    private GuardContext(IReadOnlyList<ExpectedItem> items, TypologyModel typology, IReadOnlySet<string> vocabulary, IReadOnlyList<string> remarks)
    {
        Items = items;
        Typology = typology;
        Vocabulary = vocabulary;
        Remarks = remarks;
    }

    /// <summary>The advice items in the rules' order.</summary>
    public IReadOnlyList<ExpectedItem> Items { get; }

    public TypologyModel Typology { get; }

    /// <summary>Every word (lower case) of the result, the profile and the typology: names outside it are invented.</summary>
    public IReadOnlySet<string> Vocabulary { get; }

    /// <summary>The respondent's free text; never authoritative, and an answer must not echo it.</summary>
    public IReadOnlyList<string> Remarks { get; }

    public static GuardContext Create(AssessmentResult result, TypologyModel typology, IReadOnlyDictionary<string, string>? remarks)
    {
        var profileNumbers = new[] { result.Profile.Partnerships, result.Profile.Realisatiegraad }
            .Where(n => n is not null)
            .Select(n => n!.Value.ToString(CultureInfo.InvariantCulture));
        var items = AdviceRuleText.Flatten(result)
            .Select(x => Expect(x.Step, result.Steps.First(s => s.Step == x.Step).Title, x.Item, typology, profileNumbers))
            .ToList();

        var vocabularyText = new StringBuilder()
            .AppendJoin('\n', items.Select(i => i.Source))
            .Append('\n').Append(result.Typering.Name).Append('\n').Append(result.Typering.Summary)
            .Append('\n').AppendJoin('\n', ProfileWords(result.Profile))
            .Append('\n').AppendJoin('\n', typology.Phases.Select(p => p.Name))
            .Append('\n').AppendJoin('\n', typology.FocusPoints.SelectMany(f => new[] { f.Name, f.LongName, f.ShortName }.Concat(f.Descriptors)));
        var vocabulary = TextMatch.Words(vocabularyText.ToString()).ToHashSet(StringComparer.Ordinal);

        var freeText = (remarks?.Values ?? []).Append(result.Profile.RealisatieToelichting).OfType<string>().ToList();
        return new GuardContext(items, typology, vocabulary, freeText);
    }

    private static ExpectedItem Expect(int step, string stepTitle, AdviceResultItem item, TypologyModel typology, IEnumerable<string> profileNumbers)
    {
        var focusPoint = item.FocusPoint is null ? null : typology.Find(item.FocusPoint);
        var names = focusPoint is null ? [] : new[] { focusPoint.Name, focusPoint.LongName, focusPoint.ShortName }.Distinct().ToList();
        var phases = new[] { item.FromPhase, item.ToPhase }.OfType<int>().Where(p => p is >= 1 and <= 3).ToList();
        var target = item.ToPhase ?? item.FromPhase;
        var ruleText = AdviceRuleText.Of(item);
        var source = string.Join('\n', new[] { ruleText, stepTitle }.Concat(names).Concat(phases.Select(p => typology.Phase(p).Name)));

        var allowedPhases = typology.Phases.Select(p => p.Name)
            .Where(name => phases.Any(p => typology.Phase(p).Name == name) || TextMatch.ContainsPhrase(ruleText, name, ignoreCase: false))
            .ToHashSet(StringComparer.Ordinal);
        var numbers = TextMatch.DigitRuns(source)
            .Concat(phases.Select(p => p.ToString(CultureInfo.InvariantCulture)))
            .Append(step.ToString(CultureInfo.InvariantCulture))
            .Concat(profileNumbers)
            .ToHashSet(StringComparer.Ordinal);

        return new ExpectedItem(
            item.Id,
            ruleText,
            source,
            names,
            target is >= 1 and <= 3 ? typology.Phase(target.Value).Name : null,
            allowedPhases,
            numbers);
    }

    private static IEnumerable<string?> ProfileWords(RegionProfile profile) =>
        new[] { profile.RegionName, profile.RegionType, profile.Voltijd, profile.Deeltijd, profile.ZijInstromers, profile.Role }
            .Concat(profile.Sectors);
}
