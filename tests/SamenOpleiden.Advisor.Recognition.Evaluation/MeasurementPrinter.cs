using System.Globalization;

namespace SamenOpleiden.Advisor.Recognition.Evaluation;

/// <summary>Prints the figures of a set, and for the sets that may show them, the texts read wrongly.</summary>
public static class MeasurementPrinter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(SetMeasurement measurement, TextWriter output)
    {
        var rows = measurement.Rows.Count;
        output.WriteLine($"{measurement.Set}: {rows} texts");
        output.WriteLine(Line("right", measurement.Count(MeasuredOutcome.Right), rows) + $"  (the label {measurement.Count(MeasuredOutcome.Right) - measurement.RightByAlso}, its neighbour 'also' {measurement.RightByAlso})");
        output.WriteLine(Line("unsure", measurement.Count(MeasuredOutcome.Unsure), rows));
        output.WriteLine(Line("one off", measurement.Count(MeasuredOutcome.OneOff), rows));
        output.WriteLine(Line("two off", measurement.Count(MeasuredOutcome.TwoOff), rows));
        output.WriteLine("  label \\ read     1     2     3     ?");
        for (var label = 1; label <= 3; label++)
        {
            var cells = new int?[] { 1, 2, 3, null }.Select(read => measurement.Confusion(label, read).ToString(Invariant).PadLeft(6));
            output.WriteLine($"  {label,-12}{string.Concat(cells)}");
        }

        output.WriteLine($"  two phases offered (conflicting evidence): {measurement.TwoOffered}, the label among them: {measurement.TwoOfferedWithLabel}");
        var kinds = measurement.Rows.GroupBy(r => r.Item.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count(r => r.Outcome == MeasuredOutcome.Right)}/{g.Count()}");
        output.WriteLine($"  right by kind: {string.Join(", ", kinds)}");
    }

    /// <summary>The summary line the README quotes.</summary>
    public static string Summary(SetMeasurement m) => string.Create(Invariant,
        $"{m.Set}: {m.Share(MeasuredOutcome.Right):P1} right, {m.Share(MeasuredOutcome.Unsure):P1} unsure, {m.Share(MeasuredOutcome.OneOff):P1} one off, {m.Count(MeasuredOutcome.TwoOff)} two off ({m.Rows.Count} texts)");

    /// <summary>Every text not read right, with the words the recogniser went on; never for the test part.</summary>
    public static void PrintMisses(SetMeasurement measurement, TextWriter output)
    {
        if (!EvaluationSets.MayShowItems(measurement.Set))
        {
            output.WriteLine($"{measurement.Set}: its texts and misses are not shown (TestData/recognition/README.md)");
            return;
        }

        foreach (var row in measurement.Rows.Where(r => r.Outcome != MeasuredOutcome.Right))
        {
            var label = row.Item.Also is { } also ? $"{row.Item.Phase}/{also}" : row.Item.Phase.ToString(Invariant);
            output.WriteLine($"miss {row.Item.Id} [{row.Item.Kind}] label {label}, read {row.Read?.ToString(Invariant) ?? "?"} ({string.Join("; ", row.Recognition.Evidence.Select(e => $"{e.Phase}: {e.Quote}"))}): {row.Item.Text}");
        }
    }

    private static string Line(string name, int count, int total) =>
        string.Create(Invariant, $"  {name,-8}{count,5}  {(total == 0 ? 0 : (double)count / total),7:P1}");
}
