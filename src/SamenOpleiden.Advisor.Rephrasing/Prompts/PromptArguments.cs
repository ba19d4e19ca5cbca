using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Rephrasing.Prompts;

/// <summary>
/// The values for the template's variables. The rules' result and the profile go in as JSON; the
/// respondent's own words (remarks, the note on the realisatiegraad) only as delimited quotes, with
/// the delimiters stripped from the quoted text so a remark cannot close its own quote.
/// </summary>
internal static class PromptArguments
{
    private const int MaxRemarkLength = 500;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Dictionary<string, object?> Build(RephrasingRequest request, string styleInstruction, TypologyModel typology)
    {
        var result = request.Result;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [PromptFiles.StyleVariable] = styleInstruction,
            [PromptFiles.ProfileVariable] = Profile(result.Profile),
            [PromptFiles.TyperingVariable] = JsonSerializer.Serialize(
                new { fase = result.Typering.Phase is { } p ? typology.Phase(p).Name : null, samenvatting = result.Typering.Summary }, Json),
            [PromptFiles.AdviceVariable] = Advice(result, typology),
            [PromptFiles.RemarksVariable] = Remarks(request, typology),
        };
    }

    private static string Profile(RegionProfile profile) => JsonSerializer.Serialize(new
    {
        regio = profile.RegionName,
        regiotype = profile.RegionType,
        partnerschappen = profile.Partnerships,
        sectoren = profile.Sectors,
        realisatiegraad = profile.Realisatiegraad,
        voltijd = profile.Voltijd,
        deeltijd = profile.Deeltijd,
        zijInstromers = profile.ZijInstromers,
        grensgevallen = profile.Grensgevallen,
        rol = profile.Role,
    }, Json);

    private static string Advice(AssessmentResult result, TypologyModel typology) => JsonSerializer.Serialize(
        AdviceRuleText.Flatten(result).Select(x =>
        {
            var target = x.Item.ToPhase ?? x.Item.FromPhase;
            return new
            {
                id = x.Item.Id,
                stap = x.Step,
                focuspunt = x.Item.FocusPoint is null ? null : typology.Find(x.Item.FocusPoint)?.Name,
                fase = target is >= 1 and <= 3 ? typology.Phase(target.Value).Name : null,
                vanFase = x.Item.ToPhase is not null && x.Item.FromPhase is >= 1 and <= 3 ? typology.Phase(x.Item.FromPhase.Value).Name : null,
                titel = x.Item.Title,
                acties = x.Item.Actions,
                wie = x.Item.Who,
                wanneer = x.Item.Horizon,
                instrument = x.Item.Instrument,
            };
        }),
        Json);

    private static string Remarks(RephrasingRequest request, TypologyModel typology)
    {
        var quotes = new StringBuilder();
        foreach (var (focusPointId, remark) in (request.Remarks ?? new Dictionary<string, string>()).OrderBy(r => typology.IndexOf(r.Key)))
        {
            var about = typology.Find(focusPointId)?.Name ?? "algemeen";
            Quote(quotes, $"bij \"{about}\"", remark);
        }

        if (!string.IsNullOrWhiteSpace(request.Result.Profile.RealisatieToelichting))
        {
            Quote(quotes, "bij de realisatiegraad", request.Result.Profile.RealisatieToelichting);
        }

        return quotes.Length == 0 ? "(geen)" : quotes.ToString().TrimEnd();
    }

    private static void Quote(StringBuilder quotes, string about, string text)
    {
        var clean = text.Replace('[', '(').Replace(']', ')').Trim();
        if (clean.Length > MaxRemarkLength)
        {
            clean = clean[..MaxRemarkLength] + "…";
        }

        quotes.Append("[OPMERKING ").Append(about).Append("]\n").Append(clean).Append("\n[EINDE OPMERKING]\n");
    }
}
