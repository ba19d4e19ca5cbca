using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Rules.Loading;

/// <summary>Reads and checks <c>rules/priority.json</c>: the weights of the C# priority rules and the priority rows.</summary>
internal static class PriorityReader
{
    public static (PriorityWeights Weights, List<PriorityRow> Rows) Read(RuleFileReader files, TypologyModel typology)
    {
        var path = Path.Combine(files.Directory, "priority.json");
        var file = files.Read<PriorityFile>(path);
        if (file is null) return (new PriorityWeights(new Dictionary<string, int>()), []);
        var checks = new RowChecks(files, path, typology);
        var weights = file.Weights ?? [];
        foreach (var (rule, weight) in weights) checks.Weight(rule, weight);

        var dtos = file.Rows ?? [];
        checks.UniqueIds(dtos.Select(d => d.Id));
        var rows = new List<PriorityRow>();
        foreach (var dto in dtos)
        {
            var id = dto.Id;
            var when = checks.Conditions(id, dto.When);
            var valid = when is not null & checks.FocusPoint(id, dto.FocusPoint) & checks.Phases(id, dto.Phases)
                & checks.Weight(id, dto.Weight) & checks.Text(id, dto.Reason, "reason");
            if (valid && !string.IsNullOrWhiteSpace(id))
                rows.Add(new PriorityRow(id, dto.Reason!, when!, new PhaseFilter(dto.FocusPoint!, dto.Phases), dto.Weight!.Value));
        }

        return (new PriorityWeights(weights), rows);
    }
}
