using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;
using SamenOpleiden.Advisor.Recognition.Evaluation;
using Xunit.Abstractions;

namespace SamenOpleiden.Advisor.Conversation.Tests.Recognition;

/// <summary>
/// The recogniser's figures on the sets its developers may read. The test part is measured only by
/// <c>scripts/recognise --measure</c> at milestones, never by the suite (TestData/recognition/README.md).
/// </summary>
public sealed class RecogniserMeasurementTests(ITestOutputHelper output)
{
    [Fact]
    public void Measure_SharedCaseSituations_AtLeastNinetyPercentRightAndNoneTwoPhasesAway()
    {
        var measurement = Measure(EvaluationSets.Cases);

        Assert.Equal(33, measurement.Rows.Count);
        Assert.Equal(0, measurement.Count(MeasuredOutcome.TwoOff));
        Assert.True(measurement.Share(MeasuredOutcome.Right) >= 0.9, MeasurementPrinter.Summary(measurement));
    }

    private SetMeasurement Measure(string set)
    {
        var measurement = RecogniserMeasurement.Measure(TestRules.Recognizer, set, EvaluationSets.Load(set, TestRules.Typology, EvaluationSets.DefaultDataDirectory));
        var writer = new StringWriter();
        MeasurementPrinter.PrintMisses(measurement, writer);
        MeasurementPrinter.Print(measurement, writer);
        output.WriteLine(writer.ToString());
        return measurement;
    }
}
