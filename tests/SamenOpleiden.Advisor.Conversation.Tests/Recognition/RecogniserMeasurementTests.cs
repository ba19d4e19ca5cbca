using SamenOpleiden.Advisor.Conversation.Recognition.Measurement;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;
using Xunit.Abstractions;

namespace SamenOpleiden.Advisor.Conversation.Tests.Recognition;

public sealed class RecogniserMeasurementTests(ITestOutputHelper output)
{
    [Fact]
    public void Measure_SharedCaseSituations_AtLeastNinetyPercentRightAndNoneTwoPhasesAway()
    {
        var report = RecogniserMeasurement.Measure(TestRules.Recognizer, TestRules.Typology, TestRules.CasesDirectory);

        foreach (var row in report.Rows.Where(r => !r.IsRight))
        {
            output.WriteLine($"{row.File} {row.FocusPoint}: expected {row.Expected}{(row.Also is { } a ? $"/{a}" : "")}, got {row.Recognition.Phase?.ToString() ?? "null"} [{string.Join("; ", row.Recognition.Evidence)}] \"{row.Text}\"");
        }

        output.WriteLine(report.Summary);
        Assert.Equal(33, report.Rows.Count);
        Assert.Equal(0, report.TwoAway);
        Assert.True(report.Share >= 0.9, report.Summary);
    }
}
