using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Rules.Loading;

/// <summary>Reads and checks <c>rules/typology.json</c>: three phases, focus points with a question, three descriptors and an explanation.</summary>
internal static class TypologyReader
{
    public static TypologyModel? Read(RuleFileReader files)
    {
        var path = Path.Combine(files.Directory, "typology.json");
        var file = files.Read<TypologyFile>(path);
        if (file is null) return null;
        var before = files.Problems.Count;

        var phases = file.Phases ?? [];
        if (phases.Count != 3 || phases.Select(p => p.Number).Order().SequenceEqual([1, 2, 3]) is false)
            files.Add(path, null, "er moeten precies drie fasen zijn, genummerd 1, 2 en 3");
        foreach (var phase in phases.Where(p => string.IsNullOrWhiteSpace(p.Name)))
            files.Add(path, null, $"fase {phase.Number} heeft geen naam");

        var focusPoints = new List<FocusPoint>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dto in file.FocusPoints ?? [])
        {
            var id = dto.Id ?? "";
            var label = string.IsNullOrWhiteSpace(id) ? "(focuspunt zonder id)" : id;
            if (string.IsNullOrWhiteSpace(id)) files.Add(path, null, "een focuspunt heeft geen id");
            else if (!ids.Add(id)) files.Add(path, null, $"het id '{id}' komt twee keer voor");
            if (string.IsNullOrWhiteSpace(dto.Name)) files.Add(path, null, $"focuspunt '{label}' heeft geen naam");
            if (string.IsNullOrWhiteSpace(dto.Question)) files.Add(path, null, $"focuspunt '{label}' heeft geen vraag");
            if (string.IsNullOrWhiteSpace(dto.Explanation)) files.Add(path, null, $"focuspunt '{label}' heeft geen uitleg (wat de chat zegt bij 'uitleg')");
            var descriptors = dto.Descriptors ?? [];
            if (descriptors.Count != 3 || descriptors.Any(string.IsNullOrWhiteSpace))
                files.Add(path, null, $"focuspunt '{label}' moet voor elk van de drie fasen een beschrijving hebben (nu {descriptors.Count(d => !string.IsNullOrWhiteSpace(d))})");
            focusPoints.Add(new FocusPoint(id, dto.Name ?? "", dto.LongName ?? dto.Name ?? "", dto.ShortName ?? dto.Name ?? "",
                dto.Question ?? "", descriptors, dto.Synonyms ?? [], dto.Explanation ?? ""));
        }

        if (focusPoints.Count == 0) files.Add(path, null, "er zijn geen focuspunten");
        if (files.Problems.Count > before) return null;

        return new TypologyModel(
            phases.OrderBy(p => p.Number).Select(p => new PhaseDefinition(p.Number, p.Name!, p.Meaning ?? "")).ToList(),
            focusPoints);
    }
}
