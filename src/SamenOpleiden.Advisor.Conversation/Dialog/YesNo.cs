using SamenOpleiden.Advisor.Conversation.Recognition;

namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>Reads a bare yes or no, as people type it ("dat klopt", "inderdaad", "nee hoor", "klopt niet").</summary>
internal static class YesNo
{
    private static readonly HashSet<string> Yes = new(
    [
        "ja", "jazeker", "ja hoor", "ja graag", "jawel", "jep", "jup", "yes", "j", "klopt", "klopt ja", "ja klopt", "dat klopt",
        "ja dat klopt", "klopt helemaal", "klopt wel", "correct", "inderdaad", "precies", "zeker", "zeker weten", "akkoord",
        "ok", "oke", "okay", "prima", "top", "goed", "helemaal goed",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string> No = new(
    [
        "nee", "neen", "nee hoor", "nee dank je", "nee bedankt", "nope", "no", "n", "klopt niet", "dat klopt niet",
        "nee klopt niet", "nee dat klopt niet", "niet echt", "onjuist", "geen", "niets", "nvt", "n v t",
    ], StringComparer.Ordinal);

    /// <summary>Ways a "no" opens a longer answer ("nee, 2", "klopt niet: eerder fase 1"), longest first.</summary>
    private static readonly string[] LeadingNos = ["dat klopt niet", "nee klopt niet", "klopt niet", "nee hoor", "neen", "nee", "nope"];

    /// <summary>
    /// The rest of an answer that opens with a "no" and goes on ("nee, 2" gives "2", "klopt niet, het is eerder fase 1"
    /// gives "het is eerder fase 1"); null when it does not open with one or has nothing after it.
    /// </summary>
    public static string? AfterALeadingNo(string text)
    {
        var trimmed = text.TrimStart();
        foreach (var no in LeadingNos)
        {
            if (trimmed.StartsWith(no, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == no.Length || !char.IsLetterOrDigit(trimmed[no.Length])))
            {
                var rest = trimmed[no.Length..].TrimStart(' ', ',', '.', ':', ';', '!', '-', '–', '—').Trim();
                return TextNormalizer.Normalize(rest).Length == 0 ? null : rest;
            }
        }

        return null;
    }

    /// <summary>True for yes, false for no, null for anything else.</summary>
    public static bool? Read(string text) => TextNormalizer.Normalize(text) switch
    {
        var normalized when Yes.Contains(normalized) => true,
        var normalized when No.Contains(normalized) => false,
        _ => null,
    };
}
