using System.Text;
using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Rephrasing;

/// <summary>The rules' own words for an advice item, and the list of items to show.</summary>
internal static class AdviceRuleText
{
    /// <summary>Every advice item with its step, in the rules' order.</summary>
    public static IEnumerable<(int Step, AdviceResultItem Item)> Flatten(AssessmentResult result) =>
        result.Steps.SelectMany(step => step.Items.Select(item => (step.Step, item)));

    /// <summary>The rule text: title, actions, who, horizon and instrument, as plain Dutch lines.</summary>
    public static string Of(AdviceResultItem item)
    {
        var text = new StringBuilder(item.Title);
        foreach (var action in item.Actions)
        {
            text.Append("\n- ").Append(action);
        }

        if (item.Who.Count > 0)
        {
            text.Append("\nWie: ").Append(string.Join(", ", item.Who));
        }

        text.Append("\nWanneer: ").Append(item.Horizon);
        if (!string.IsNullOrWhiteSpace(item.Instrument))
        {
            text.Append("\nInstrument: ").Append(item.Instrument);
        }

        return text.ToString();
    }

    /// <summary>The items to show; an item's rephrasing is used when <paramref name="rephrasings"/> has one for its id.</summary>
    public static IReadOnlyList<RephrasedAdviceItem> ItemsOf(AssessmentResult result, IReadOnlyDictionary<string, string>? rephrasings) =>
        Flatten(result)
            .Select(x => new RephrasedAdviceItem(x.Item.Id, x.Step, Of(x.Item), rephrasings?.GetValueOrDefault(x.Item.Id)))
            .ToList();
}
