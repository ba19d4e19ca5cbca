using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Rules.Loading;

/// <summary>The checks every table of <c>rules/</c> shares, each reporting a fault by file, row and field in Dutch.</summary>
internal sealed class RowChecks(RuleFileReader files, string path, TypologyModel typology)
{
    public bool FocusPoint(string? row, string? id, string field = "focusPoint")
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            files.Add(path, row, $"'{field}' ontbreekt");
            return false;
        }

        if (typology.Find(id) is not null) return true;
        files.Add(path, row, $"onbekend focuspunt '{id}' in '{field}'; bekend zijn: {string.Join(", ", typology.FocusPoints.Select(f => f.Id))}");
        return false;
    }

    /// <summary>The named conditions (none: an empty list), or null when a name is unknown.</summary>
    public IReadOnlyList<RegionCondition>? Conditions(string? row, IReadOnlyList<string>? names, string field = "when")
    {
        var unknown = (names ?? []).Where(n => !RegionConditions.ByName.ContainsKey(n)).ToList();
        foreach (var name in unknown)
            files.Add(path, row, $"onbekende voorwaarde '{name}' in '{field}'; bekend zijn: {string.Join(", ", RegionConditions.ByName.Keys)}");
        return unknown.Count > 0 ? null : RegionConditions.Named(names ?? []);
    }

    /// <summary>True when every phase is 1, 2 or 3 and the list, when given, is not empty.</summary>
    public bool Phases(string? row, IReadOnlyList<int>? phases, string field = "phases")
    {
        if (phases is null) return true;
        if (phases.Count > 0 && phases.All(p => p is >= 1 and <= 3)) return true;
        files.Add(path, row, $"'{field}' moet fasen 1, 2 of 3 noemen (laat het veld weg voor elke fase)");
        return false;
    }

    public bool Phase(string? row, int? phase, string field)
    {
        if (phase is >= 1 and <= 3) return true;
        files.Add(path, row, $"'{field}' moet fase 1, 2 of 3 zijn, niet {phase?.ToString() ?? "leeg"}");
        return false;
    }

    public bool Text(string? row, string? value, string field)
    {
        if (!string.IsNullOrWhiteSpace(value)) return true;
        files.Add(path, row, $"'{field}' ontbreekt of is leeg");
        return false;
    }

    public bool Weight(string? row, int? weight)
    {
        if (weight is >= -1000 and <= 1000) return true;
        files.Add(path, row, $"'weight' moet een geheel getal tussen -1000 en 1000 zijn, niet {weight?.ToString() ?? "leeg"}");
        return false;
    }

    /// <summary>Reports every id that is empty or appears twice; true when all are unique.</summary>
    public bool UniqueIds(IEnumerable<string?> ids)
    {
        var before = files.Problems.Count;
        var list = ids.ToList();
        if (list.Any(string.IsNullOrWhiteSpace)) files.Add(path, null, "een rij heeft geen 'id'");
        foreach (var duplicate in list.Where(id => !string.IsNullOrWhiteSpace(id)).GroupBy(id => id).Where(g => g.Count() > 1))
            files.Add(path, duplicate.Key, "dit id komt twee keer voor; ids moeten uniek zijn");
        return files.Problems.Count == before;
    }
}
