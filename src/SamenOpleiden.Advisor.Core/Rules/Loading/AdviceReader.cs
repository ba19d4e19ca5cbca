using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Rules.Loading;

/// <summary>
/// Reads and checks <c>rules/advice/*.json</c>: every focus point has advice for 1-2, 2-3 and 3 (keep and deepen),
/// and every item has a title, 2-4 actions for any region, one lead and who else takes part.
/// </summary>
internal static class AdviceReader
{
    public static readonly IReadOnlyList<string> Transitions = ["1-2", "2-3", "3"];
    private const int MaxActions = 4;

    public static AdviceCatalog Read(RuleFileReader files, TypologyModel typology)
    {
        var advice = new List<AdviceDefinition>();
        var folder = Path.Combine(files.Directory, "advice");
        var paths = System.IO.Directory.Exists(folder)
            ? System.IO.Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList()
            : [];
        if (paths.Count == 0) files.Add(folder, null, "de map advice/ met adviezen ontbreekt of is leeg");

        foreach (var path in paths)
        {
            var file = files.Read<AdviceFile>(path);
            if (file is null) continue;
            var checks = new RowChecks(files, path, typology);
            if (file.FocusPoint is not null) checks.FocusPoint(null, file.FocusPoint);
            foreach (var dto in file.Items ?? [])
                if (Check(files, checks, path, dto, file.FocusPoint) is { } item) advice.Add(item);
        }

        new RowChecks(files, folder, typology).UniqueIds(advice.Select(a => a.Id));
        CheckEveryTransitionHasAdvice(files, folder, advice, typology);
        return new AdviceCatalog(advice);
    }

    private static AdviceDefinition? Check(RuleFileReader files, RowChecks checks, string path, AdviceDto dto, string? fileFocusPoint)
    {
        var before = files.Problems.Count;
        var id = dto.Id;
        checks.Text(null, id, "id");
        var focusPoint = dto.FocusPoint ?? fileFocusPoint;
        if (dto.FocusPoint is not null) checks.FocusPoint(id, dto.FocusPoint);
        if (dto.Transition is not null && !Transitions.Contains(dto.Transition))
            files.Add(path, id, $"'transition' moet {string.Join(", ", Transitions)} zijn (3 = vasthouden en verdiepen), niet '{dto.Transition}'");
        if ((dto.Transition is not null || dto.Variant == true) && focusPoint is null)
            files.Add(path, id, "een overgangsadvies of een variant hoort bij een focuspunt ('focusPoint')");
        if (dto.Transition is not null && dto.Variant == true)
            files.Add(path, id, "een advies is óf het advies van een overgang ('transition') óf een variant, niet allebei");
        if (dto.Horizon is not null)
            files.Add(path, id, "'horizon' staat niet meer bij een advies: de termijn volgt uit de stap (roadmap.json)");
        checks.Text(id, dto.Title, "title");
        CheckActions(files, checks, path, id, dto);
        checks.Text(id, dto.Lead, "lead");
        if (dto.Who is null || dto.Who.Count == 0 || dto.Who.Any(string.IsNullOrWhiteSpace))
            files.Add(path, id, "'who' moet zeggen wie er naast de trekker meedoen");
        else if (dto.Lead is not null && dto.Who.Contains(dto.Lead))
            files.Add(path, id, $"de trekker '{dto.Lead}' staat ook in 'who'; noem daar alleen wie verder meedoet");
        if (files.Problems.Count > before) return null;

        var conditional = (dto.ConditionalActions ?? [])
            .Select(a => new ConditionalAction(RegionConditions.ByName[a.When!], a.Text!)).ToList();
        return new AdviceDefinition(id!, focusPoint, dto.Transition, dto.Variant == true, dto.Title!, dto.Actions!, conditional,
            dto.Lead!, dto.Who!, dto.Instrument);
    }

    private static void CheckActions(RuleFileReader files, RowChecks checks, string path, string? id, AdviceDto dto)
    {
        var actions = dto.Actions ?? [];
        var conditional = dto.ConditionalActions ?? [];
        if (actions.Any(string.IsNullOrWhiteSpace) || conditional.Any(a => string.IsNullOrWhiteSpace(a.Text)))
            files.Add(path, id, "een actie is leeg");
        foreach (var action in conditional) checks.Conditions(id, action.When is null ? [""] : [action.When], "conditionalActions.when");
        if (actions.Count < 2 || actions.Count + conditional.Count > MaxActions)
            files.Add(path, id, $"een advies heeft voor elke regio 2 tot {MaxActions} concrete acties; dit advies heeft er {actions.Count} en {conditional.Count} met een voorwaarde");
    }

    private static void CheckEveryTransitionHasAdvice(RuleFileReader files, string folder, List<AdviceDefinition> advice, TypologyModel typology)
    {
        foreach (var focusPoint in typology.FocusPoints)
        foreach (var transition in Transitions)
        {
            var count = advice.Count(a => a.FocusPoint == focusPoint.Id && a.Transition == transition);
            if (count != 1)
                files.Add(folder, null, count == 0
                    ? $"focuspunt '{focusPoint.Id}' heeft geen advies voor {Describe(transition)}"
                    : $"focuspunt '{focusPoint.Id}' heeft {count} adviezen voor {Describe(transition)}; het moet er één zijn");
        }
    }

    private static string Describe(string transition) => transition == "3" ? "vasthouden en verdiepen (3)" : $"de overgang {transition}";
}
