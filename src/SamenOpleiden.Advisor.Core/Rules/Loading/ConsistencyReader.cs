using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Rules.Loading;

/// <summary>Reads and checks <c>rules/consistency.json</c>: known focus points, phases 1-3, a reason and a question per check.</summary>
internal static class ConsistencyReader
{
    public static List<ConsistencyRow> Read(RuleFileReader files, TypologyModel typology)
    {
        var path = Path.Combine(files.Directory, "consistency.json");
        var file = files.Read<ConsistencyFile>(path);
        if (file is null) return [];
        var checks = new RowChecks(files, path, typology);
        var dtos = file.Checks ?? [];
        checks.UniqueIds(dtos.Select(d => d.Id));

        var rows = new List<ConsistencyRow>();
        foreach (var dto in dtos)
        {
            var id = dto.Id;
            var valid = checks.FocusPoint(id, dto.FocusPoint) & checks.FocusPoint(id, dto.Other, "other")
                & checks.Phase(id, dto.Phase, "phase") & checks.Phase(id, dto.OtherPhase, "otherPhase") & checks.Phase(id, dto.SuggestedPhase, "suggestedPhase")
                & checks.Text(id, dto.Reason, "reason") & checks.Text(id, dto.Question, "question");
            if (valid && dto.SuggestedPhase == dto.Phase)
            {
                files.Add(path, id, "'suggestedPhase' moet een andere fase zijn dan 'phase'");
                valid = false;
            }

            if (valid && !string.IsNullOrWhiteSpace(id))
                rows.Add(new ConsistencyRow(id, dto.Reason!, dto.FocusPoint!, dto.Phase!.Value, dto.Other!, dto.OtherPhase!.Value, dto.SuggestedPhase!.Value, dto.Question!));
        }

        return rows;
    }
}
