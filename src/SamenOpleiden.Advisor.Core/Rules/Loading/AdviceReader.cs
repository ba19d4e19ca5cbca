using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Rules.Loading;

/// <summary>
/// Reads and checks <c>rules/advice/*.json</c>: every focus point has advice for 1-2, 2-3 and 3 (keep
/// and deepen), and every item has a title, 2-4 actions, who is involved and a known horizon.
/// </summary>
internal static class AdviceReader
{
    public static readonly IReadOnlyList<string> Transitions = ["1-2", "2-3", "3"];
    public static readonly IReadOnlyList<string> Horizons = ["dit schooljaar", "1-2 jaar", "2-3 jaar"];

    public static List<AdviceDefinition> Read(RuleFileReader files, TypologyModel typology)
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
            if (file.FocusPoint is not null && typology.Find(file.FocusPoint) is null)
                files.Add(path, null, $"onbekend focuspunt '{file.FocusPoint}'");
            foreach (var dto in file.Items ?? [])
                if (Check(files, path, dto, file.FocusPoint, typology)) advice.Add(ToDefinition(dto, file.FocusPoint));
        }

        CheckIdsUnique(files, folder, advice);
        CheckEveryTransitionHasAdvice(files, folder, advice, typology);
        return advice;
    }

    private static bool Check(RuleFileReader files, string path, AdviceDto dto, string? fileFocusPoint, TypologyModel typology)
    {
        var before = files.Problems.Count;
        var id = dto.Id ?? "";
        if (string.IsNullOrWhiteSpace(id)) files.Add(path, null, "een advies heeft geen id");
        var focusPoint = dto.FocusPoint ?? fileFocusPoint;
        if (focusPoint is not null && typology.Find(focusPoint) is null)
            files.Add(path, id, $"onbekend focuspunt '{focusPoint}'");
        if (fileFocusPoint is not null && !Transitions.Contains(dto.Transition ?? ""))
            files.Add(path, id, $"'transition' moet {string.Join(", ", Transitions)} zijn (3 = vasthouden en verdiepen), niet '{dto.Transition}'");
        if (string.IsNullOrWhiteSpace(dto.Title)) files.Add(path, id, "het advies heeft geen titel");
        var actions = dto.Actions?.Count(a => !string.IsNullOrWhiteSpace(a)) ?? 0;
        if (actions is < 2 or > 4) files.Add(path, id, $"een advies heeft 2 tot 4 concrete acties, dit advies heeft er {actions}");
        if (dto.Who is null || dto.Who.Count == 0) files.Add(path, id, "'who' moet zeggen wie er betrokken zijn");
        if (!Horizons.Contains(dto.Horizon ?? ""))
            files.Add(path, id, $"'horizon' moet een van {string.Join(", ", Horizons.Select(h => $"'{h}'"))} zijn, niet '{dto.Horizon}'");
        return files.Problems.Count == before;
    }

    private static AdviceDefinition ToDefinition(AdviceDto dto, string? fileFocusPoint) =>
        new(dto.Id!, dto.FocusPoint ?? fileFocusPoint, fileFocusPoint is null ? null : dto.Transition, dto.Title!,
            dto.Actions!.Where(a => !string.IsNullOrWhiteSpace(a)).ToList(), dto.Who!, dto.Horizon!, dto.Instrument);

    private static void CheckIdsUnique(RuleFileReader files, string folder, List<AdviceDefinition> advice)
    {
        foreach (var duplicate in advice.GroupBy(a => a.Id).Where(g => g.Count() > 1))
            files.Add(folder, duplicate.Key, "dit advies-id komt meer dan eens voor");
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
