using Moq;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Testing.Reports;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Core.Tests.Reports;

public class RegionAggregatorTests
{
    private static readonly RegionDetails Region = new("noord", "Onderwijsregio Noord", [new RegionRound(1, DateTimeOffset.UnixEpoch), new RegionRound(2, DateTimeOffset.UnixEpoch)]);

    [Fact]
    public void Aggregate_FourRespondentsOneTwoPhasesOff_ShowsSpreadMedianAndFlag()
    {
        // Arrange: three say phase 1 on kwaliteit, the HR respondent says 3.
        var hr = ResultFixtures.Uniform(1);
        hr[0] = 3;
        var current = new[]
        {
            ResultFixtures.Archived("a", "bestuurder", ResultFixtures.Uniform(1), 1),
            ResultFixtures.Archived("b", "schoolleider", ResultFixtures.Uniform(1), 2),
            ResultFixtures.Archived("c", "opleider", ResultFixtures.Uniform(1), 3),
            ResultFixtures.Archived("d", "HR", hr, 4),
        };

        // Act
        var view = RegionAggregator.Aggregate(Region, 1, current, [], RealRules.Evaluator);

        // Assert
        var kwaliteit = view.FocusPoints[0];
        Assert.Equal(new PhaseCounts(3, 0, 1, 0), kwaliteit.Counts);
        Assert.Equal(1.0, kwaliteit.Median);
        Assert.True(kwaliteit.Disagreement);
        Assert.Equal([1, 1, 1, 3], kwaliteit.PhaseByRespondent);
        Assert.All(view.FocusPoints.Skip(1), f => Assert.False(f.Disagreement));
        Assert.Equal(["Bestuurder", "Schoolleider", "Opleider", "HR"], view.Respondents.Select(r => r.Label));
    }

    [Fact]
    public void Aggregate_OnePhaseApart_IsNotFlagged()
    {
        var current = new[]
        {
            ResultFixtures.Archived("a", "bestuurder", ResultFixtures.Uniform(1)),
            ResultFixtures.Archived("b", "HR", ResultFixtures.Uniform(2)),
        };

        var view = RegionAggregator.Aggregate(Region, 1, current, [], RealRules.Evaluator);

        Assert.All(view.FocusPoints, f => Assert.False(f.Disagreement));
        Assert.All(view.FocusPoints, f => Assert.Equal(1.5, f.Median));
    }

    [Fact]
    public void Aggregate_EvenSplit_EvaluatesTheLowerMedianWithTheRules()
    {
        // Arrange
        var evaluator = new Mock<IAssessmentEvaluator>();
        evaluator.SetupGet(e => e.Typology).Returns(RealRules.Typology);
        AssessmentInput? seen = null;
        evaluator.Setup(e => e.Evaluate(It.IsAny<AssessmentInput>()))
            .Callback<AssessmentInput>(input => seen = input)
            .Returns<AssessmentInput>(input => RealRules.Evaluator.Evaluate(input));
        var mostlyUnknown = ResultFixtures.Uniform(null);
        mostlyUnknown[0] = 3;
        var current = new[]
        {
            ResultFixtures.Archived("a", "bestuurder", ResultFixtures.Uniform(1)),
            ResultFixtures.Archived("b", "HR", ResultFixtures.Uniform(2)),
            ResultFixtures.Archived("c", "opleider", mostlyUnknown),
        };

        // Act
        var view = RegionAggregator.Aggregate(Region, 1, current, [], evaluator.Object);

        // Assert
        evaluator.Verify(e => e.Evaluate(It.IsAny<AssessmentInput>()), Times.Once);
        Assert.Equal(2, seen!.Answers["kwaliteit"]);
        Assert.Equal(1, seen.Answers["financien"]);
        Assert.Null(seen.Profile.Role);
        Assert.Equal("Onderwijsregio Noord", seen.Profile.RegionName);
        Assert.Equal(1, view.FocusPoints[10].RegionalPhase);
        Assert.Equal(new PhaseCounts(1, 1, 0, 1), view.FocusPoints[10].Counts);
    }

    [Fact]
    public void Aggregate_RegionalResult_IsExactlyWhatTheRulesSayForTheRegionalPhases()
    {
        var current = new[]
        {
            ResultFixtures.Archived("a", "bestuurder", [1, 2, 2, 1, 3, 1, 2, 1, 2, 1, 1]),
            ResultFixtures.Archived("b", "HR", [2, 2, 1, 1, 3, 2, 2, 1, 1, 1, null], 1),
            ResultFixtures.Archived("c", "opleider", [1, 3, 1, 2, 2, 2, 2, 1, 1, 2, null], 2),
        };

        var view = RegionAggregator.Aggregate(Region, 1, current, [], RealRules.Evaluator);

        var expected = RealRules.Evaluator.Evaluate(new AssessmentInput
        {
            Profile = current[2].Result.Profile with { Role = null, RegionName = Region.Name },
            Answers = RealRules.Typology.FocusPoints.Select((f, i) => (f.Id, Phase: (int?)new[] { 1, 2, 1, 1, 3, 2, 2, 1, 1, 1, 1 }[i])).ToDictionary(x => x.Id, x => x.Phase),
        });
        Assert.Equal(AssessmentJson.Serialize(expected), AssessmentJson.Serialize(view.Regional!));
    }

    [Fact]
    public void Aggregate_SecondRound_ReportsTheChangeSinceTheFirst()
    {
        var before = new[] { ResultFixtures.Archived("a", "bestuurder", ResultFixtures.Uniform(1)), ResultFixtures.Archived("b", "HR", ResultFixtures.Uniform(1)) };
        var improved = ResultFixtures.Uniform(1);
        improved[3] = 3;
        var after = new[] { ResultFixtures.Archived("a", "bestuurder", improved), ResultFixtures.Archived("b", "HR", improved) };

        var view = RegionAggregator.Aggregate(Region, 2, after, before, RealRules.Evaluator);

        Assert.Equal(1, view.PreviousRound);
        Assert.Equal(2.0, view.FocusPoints[3].Change);
        Assert.Equal(0.0, view.FocusPoints[0].Change);
    }

    [Fact]
    public void Aggregate_FirstRound_HasNoChange()
    {
        var view = RegionAggregator.Aggregate(Region, 1, [ResultFixtures.Archived("a", "HR", ResultFixtures.Uniform(2))], [], RealRules.Evaluator);

        Assert.Null(view.PreviousRound);
        Assert.All(view.FocusPoints, f => Assert.Null(f.Change));
    }

    [Fact]
    public void Aggregate_RespondentFinishedTwice_CountsOnlyTheLatest()
    {
        var current = new[]
        {
            ResultFixtures.Archived("a", "HR", ResultFixtures.Uniform(1), minute: 5),
            ResultFixtures.Archived("a", "HR", ResultFixtures.Uniform(3), minute: 9),
        };

        var view = RegionAggregator.Aggregate(Region, 1, current, [], RealRules.Evaluator);

        Assert.Single(view.Respondents);
        Assert.Equal(new PhaseCounts(0, 0, 1, 0), view.FocusPoints[0].Counts);
    }

    [Fact]
    public void Aggregate_NoAssessments_HasNoRegionalResultAndNeverCallsTheRules()
    {
        var evaluator = new Mock<IAssessmentEvaluator>(MockBehavior.Strict);
        evaluator.SetupGet(e => e.Typology).Returns(RealRules.Typology);

        var view = RegionAggregator.Aggregate(Region, 1, [], [], evaluator.Object);

        Assert.Null(view.Regional);
        Assert.Equal(11, view.FocusPoints.Count);
        Assert.All(view.FocusPoints, f => Assert.Null(f.Median));
    }

    [Fact]
    public void Aggregate_Ambitions_RankedByHowManyRespondentsPrioritisedThem()
    {
        var current = new[]
        {
            Archived("a", ["relaties", "financien"]),
            Archived("b", ["financien"]),
            Archived("c", ["kwaliteit", "financien"]),
        };

        var view = RegionAggregator.Aggregate(Region, 1, current, [], RealRules.Evaluator);

        // relaties and kwaliteit tie (one first place each): sheet order decides.
        Assert.Equal(["financien", "kwaliteit", "relaties"], view.Regional!.Ambition);
    }

    private static ArchivedAssessment Archived(string user, string[] ambition) =>
        ResultFixtures.Archived(user, "HR", ResultFixtures.Uniform(2)) with { Result = ResultFixtures.Result(ResultFixtures.Uniform(2), "HR", null, ambition) };
}
