using System.Text.RegularExpressions;

namespace SamenOpleiden.Advisor.Rephrasing.Guard;

/// <summary>
/// No number, date, amount or promise that the rules did not give this item. A number counts as
/// given when its digits appear in the item's rule text, its phases, its step or the profile; a
/// date, amount or promise word when the item's rule text has it too.
/// </summary>
internal static partial class InventedContentCheck
{
    private static readonly Dictionary<string, string> NumberWords = new(StringComparer.Ordinal)
    {
        ["twee"] = "2", ["drie"] = "3", ["vier"] = "4", ["vijf"] = "5", ["zes"] = "6", ["zeven"] = "7", ["acht"] = "8",
        ["negen"] = "9", ["tien"] = "10", ["elf"] = "11", ["twaalf"] = "12", ["twintig"] = "20", ["dertig"] = "30",
        ["veertig"] = "40", ["vijftig"] = "50", ["honderd"] = "100", ["duizend"] = "1000", ["miljoen"] = "1000000",
    };

    [GeneratedRegex(@"\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b|€|\b(euro|eur|procent)\b|%", RegexOptions.IgnoreCase)]
    private static partial Regex DateOrAmount();

    [GeneratedRegex(@"\b(belo(of|oft|ofd|ofde|ofden|ven|fte|ften)|garand\w*|garantie\w*|gegarandeerd|toezeg\w*|(zeg|zeggen)\s+(we|wij|ik)\s+toe|verzeker\w*|zeker weten|gratis|kosteloos|vergoed\w*|subsidie\w*|verplicht\w*|(we|wij|ik)\s+(zorgen|zorg|regelen|regel|betalen|betaal|financieren|leveren|sturen|bellen|zullen))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Commitment();

    public static GuardVerdict? Check(string text, ExpectedItem item)
    {
        var number = TextMatch.DigitRuns(text).FirstOrDefault(n => !item.AllowedNumbers.Contains(n));
        if (number is not null)
        {
            return GuardVerdict.Fail(RephrasingFallbackReason.InventedFact, $"item '{item.Id}' adds the number {number}");
        }

        var sourceWords = TextMatch.Words(item.Source).ToHashSet(StringComparer.Ordinal);
        var word = TextMatch.Words(text).FirstOrDefault(w => NumberWords.TryGetValue(w, out var digits) && !item.AllowedNumbers.Contains(digits) && !sourceWords.Contains(w));
        if (word is not null)
        {
            return GuardVerdict.Fail(RephrasingFallbackReason.InventedFact, $"item '{item.Id}' adds the number '{word}'");
        }

        var dateOrAmount = DateOrAmount().Matches(text).FirstOrDefault(m => !item.Source.Contains(m.Value, StringComparison.OrdinalIgnoreCase));
        if (dateOrAmount is not null)
        {
            return GuardVerdict.Fail(RephrasingFallbackReason.InventedFact, $"item '{item.Id}' adds the date or amount '{dateOrAmount.Value}'");
        }

        var promise = Commitment().Matches(text).FirstOrDefault(m => !Commitment().Matches(item.Source).Any(s => s.Value.Equals(m.Value, StringComparison.OrdinalIgnoreCase)));
        return promise is null
            ? null
            : GuardVerdict.Fail(RephrasingFallbackReason.Commitment, $"item '{item.Id}' adds the commitment '{promise.Value}'");
    }
}
