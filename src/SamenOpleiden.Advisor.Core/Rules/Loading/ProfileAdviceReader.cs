using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Rules.Loading;

/// <summary>
/// Reads and checks <c>rules/profile-advice.json</c>: known conditions, focus points and advice (a variant or an item
/// beside the transition advice, never the transition advice itself), a weight and a reason per row.
/// </summary>
internal static class ProfileAdviceReader
{
    public static List<ProfileAdviceRow> Read(RuleFileReader files, TypologyModel typology, AdviceCatalog advice)
    {
        var path = Path.Combine(files.Directory, "profile-advice.json");
        var file = files.Read<ProfileAdviceFile>(path);
        if (file is null) return [];
        var checks = new RowChecks(files, path, typology);
        var dtos = file.Rows ?? [];
        checks.UniqueIds(dtos.Select(d => d.Id));

        var rows = new List<ProfileAdviceRow>();
        foreach (var dto in dtos)
        {
            var id = dto.Id;
            var when = checks.Conditions(id, dto.When);
            var item = Advice(files, path, id, dto.Advice, advice);
            var valid = when is not null & item is not null & checks.Phases(id, dto.Phases)
                & checks.Weight(id, dto.Weight) & checks.Text(id, dto.Reason, "reason");
            if (item is { FocusPoint: null } && dto.Phases is not null)
            {
                files.Add(path, id, $"advies '{item.Id}' hoort bij geen focuspunt, dus 'phases' kan niet");
                valid = false;
            }

            var neighbour = dto.Neighbour;
            if (neighbour is not null)
            {
                valid &= checks.FocusPoint(id, neighbour.FocusPoint, "neighbour.focusPoint") & checks.Phases(id, neighbour.Phases ?? [], "neighbour.phases");
                if (item is not null && neighbour.FocusPoint == item.FocusPoint)
                {
                    files.Add(path, id, "'neighbour' moet een ander focuspunt zijn dan dat van het advies");
                    valid = false;
                }
            }

            if (valid && !string.IsNullOrWhiteSpace(id))
                rows.Add(new ProfileAdviceRow(id, dto.Reason!, when!,
                    item!.FocusPoint is { } focusPoint ? new PhaseFilter(focusPoint, dto.Phases) : null,
                    neighbour is null ? null : new PhaseFilter(neighbour.FocusPoint!, neighbour.Phases),
                    item, dto.Weight!.Value));
        }

        return rows;
    }

    private static AdviceDefinition? Advice(RuleFileReader files, string path, string? row, string? id, AdviceCatalog advice)
    {
        var item = id is null ? null : advice.Find(id);
        if (item is null)
            files.Add(path, row, $"onbekend advies '{id}'; adviezen staan in advice/");
        else if (item.Transition is not null)
            files.Add(path, row, $"'{id}' is het algemene advies van een overgang; een profielregel stelt een variant of een extra advies voor");
        return item is { Transition: null } ? item : null;
    }
}
