using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;
using SamenOpleiden.Advisor.Recognition.Evaluation;
using Xunit.Abstractions;

namespace SamenOpleiden.Advisor.Conversation.Tests.Recognition;

/// <summary>
/// The recogniser's figures on the sets its developers may read (the shared cases and the learn parts, which the
/// word weights are learned from, so these figures pin that learning works, not how well it generalises), and
/// the measurement itself. The dev and test parts are measured only by <c>scripts/recognise --measure</c>, never
/// by the suite (TestData/recognition/README.md).
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

    // learn5 is left out: it counts a quarter in learning (rules/examples/weights.json), so its own figure does not say
    // that learning works the way the others' do; its held-out figure comes from scripts/recognise-heldout.
    [Theory]
    [InlineData(EvaluationSets.Learn)]
    [InlineData(EvaluationSets.Learn2)]
    [InlineData(EvaluationSets.Learn3)]
    [InlineData(EvaluationSets.Learn4)]
    public void Measure_LearnParts_KeepTheirFigureAndNoneTwoPhasesAway(string set)
    {
        var measurement = Measure(set);

        Assert.Equal(0, measurement.Count(MeasuredOutcome.TwoOff));
        Assert.True(measurement.Share(MeasuredOutcome.Right) >= 0.9, MeasurementPrinter.Summary(measurement));
        Assert.True(measurement.Share(MeasuredOutcome.Unsure) <= 0.05, MeasurementPrinter.Summary(measurement));
    }

    [Fact]
    public void Measure_CountsEachOutcomeAgainstTheLabelAndItsAlso()
    {
        var recognizer = new FixedReadings(new Dictionary<string, int?> { ["a"] = 2, ["b"] = 1, ["c"] = null, ["d"] = 3, ["e"] = 3 });
        LabelledText Item(string id, int phase, int? also) => new(id, "kwaliteit", phase, also, "plain", id);

        var measurement = RecogniserMeasurement.Measure(recognizer, "sample", [Item("a", 2, null), Item("b", 2, 1), Item("c", 1, null), Item("d", 2, null), Item("e", 1, null)]);

        Assert.Equal(2, measurement.Count(MeasuredOutcome.Right));
        Assert.Equal(1, measurement.RightByAlso);
        Assert.Equal(1, measurement.Count(MeasuredOutcome.Unsure));
        Assert.Equal(1, measurement.Count(MeasuredOutcome.OneOff));
        Assert.Equal(1, measurement.Count(MeasuredOutcome.TwoOff));
        Assert.Equal(1, measurement.Confusion(1, 3));
        Assert.Equal(1, measurement.Confusion(1, null));
        Assert.Equal("sample: 40.0 % right, 20.0 % unsure, 20.0 % one off, 1 two off (5 texts)", MeasurementPrinter.Summary(measurement));
    }

    [Fact]
    public void PrintMisses_BlindParts_ShowNoTextsAndNoMisses()
    {
        var writer = new StringWriter();
        foreach (var set in EvaluationSets.BlindParts)
        {
            MeasurementPrinter.PrintMisses(RecogniserMeasurement.Measure(TestRules.Recognizer, set, [new LabelledText("t", "kwaliteit", 3, null, "plain", "geheime tekst")]), writer);
        }

        Assert.DoesNotContain("geheime tekst", writer.ToString());
        Assert.Contains("not shown", writer.ToString());
    }

    private SetMeasurement Measure(string set)
    {
        var measurement = RecogniserMeasurement.Measure(TestRules.Recognizer, set, EvaluationSets.Load(set, TestRules.Typology, EvaluationSets.DefaultDataDirectory, Path.Combine(TestRules.RulesDirectory, "examples")));
        var writer = new StringWriter();
        MeasurementPrinter.PrintMisses(measurement, writer);
        MeasurementPrinter.Print(measurement, writer);
        output.WriteLine(writer.ToString());
        return measurement;
    }

    /// <summary>Reads each text (its id) as the phase given for it.</summary>
    private sealed class FixedReadings(IReadOnlyDictionary<string, int?> phases) : IPhaseRecognizer
    {
        public PhaseRecognition Recognise(string focusPointId, string text) => phases[text] is { } phase
            ? new PhaseRecognition(focusPointId, phase, RecognitionKind.Proposal, 1, [], [])
            : PhaseRecognition.Unsure(focusPointId);
    }
}
