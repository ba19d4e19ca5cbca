namespace SamenOpleiden.Advisor.Rephrasing.Guard;

/// <summary>
/// Checks a model's answer against the rules' result before anything is shown. One failing item
/// rejects the whole answer: a model that broke one item is not trusted with the others.
/// </summary>
internal static class AdviceGuard
{
    public static GuardVerdict Check(string? answer, GuardContext context)
    {
        var (entries, failure) = AnswerParser.Parse(answer);
        if (entries is null)
        {
            return failure!;
        }

        var structure = CheckStructure(entries, context.Items);
        if (structure is not null)
        {
            return structure;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var (text, item) = (entries[i].Text, context.Items[i]);
            var verdict = LengthCheck.Check(text, item)
                ?? DutchLanguageCheck.Check(text, item)
                ?? EchoCheck.Check(text, item, context.Remarks)
                ?? TypologyCheck.Check(text, item, context)
                ?? InventedContentCheck.Check(text, item)
                ?? ProperNameCheck.Check(text, item, context);
            if (verdict is not null)
            {
                return verdict;
            }
        }

        return GuardVerdict.Pass(entries.ToDictionary(e => e.Id, e => e.Text, StringComparer.Ordinal));
    }

    private static GuardVerdict? CheckStructure(IReadOnlyList<(string Id, string Text)> entries, IReadOnlyList<ExpectedItem> expected)
    {
        var ids = entries.Select(e => e.Id).ToList();
        var expectedIds = expected.Select(e => e.Id).ToList();
        var duplicate = ids.GroupBy(id => id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            return GuardVerdict.Fail(RephrasingFallbackReason.MissingItem, $"item '{duplicate.Key}' appears {duplicate.Count()} times");
        }

        var missing = expectedIds.Except(ids).FirstOrDefault();
        if (missing is not null)
        {
            return GuardVerdict.Fail(RephrasingFallbackReason.MissingItem, $"item '{missing}' is missing");
        }

        var unknown = ids.Except(expectedIds).FirstOrDefault();
        if (unknown is not null)
        {
            return GuardVerdict.Fail(RephrasingFallbackReason.MissingItem, $"item '{unknown}' is not in the rules' result");
        }

        var firstOutOfPlace = ids.Zip(expectedIds).Select((pair, index) => (pair, index)).FirstOrDefault(x => x.pair.First != x.pair.Second);
        return firstOutOfPlace.pair.First is null
            ? null
            : GuardVerdict.Fail(RephrasingFallbackReason.Reordered, $"position {firstOutOfPlace.index + 1} holds '{firstOutOfPlace.pair.First}' instead of '{firstOutOfPlace.pair.Second}'");
    }
}
