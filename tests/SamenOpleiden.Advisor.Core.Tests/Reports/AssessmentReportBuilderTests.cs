using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Testing.Reports;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Core.Tests.Reports;

public class AssessmentReportBuilderTests
{
    private static readonly ReportMetadata Metadata = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), "bestuurder");

    [Theory]
    [MemberData(nameof(SharedCases.Ids), MemberType = typeof(SharedCases))]
    public void Build_SharedCase_HasEveryFocusPointWithItsPhaseInTypologyOrder(string caseId)
    {
        // Arrange
        var result = ResultFixtures.SharedCase(caseId);

        // Act
        var report = AssessmentReportBuilder.Build(result, RealRules.Typology, new Dictionary<string, string>(), Metadata);

        // Assert
        Assert.Equal(RealRules.Typology.FocusPoints.Select(f => f.Id), report.Rows.Select(r => r.FocusPointId));
        Assert.Equal(SharedCases.Phases[caseId].Select(p => (int?)p), report.Rows.Select(r => r.Phase));
    }

    [Fact]
    public void Build_ChosenPhase_ShowsThatPhasesDescriptorAndName()
    {
        var result = ResultFixtures.SharedCase("stad-en-streek");

        var report = AssessmentReportBuilder.Build(result, RealRules.Typology, new Dictionary<string, string>(), Metadata);

        var solidariteit = report.Rows.Single(r => r.FocusPointId == "solidariteit");
        Assert.Equal("Gedeelde verantwoordelijkheid", solidariteit.Descriptor);
        Assert.Equal("Samenwerkend Systeem", solidariteit.PhaseName);
    }

    [Fact]
    public void Build_UnknownPhase_HasNoDescriptor()
    {
        var phases = ResultFixtures.Uniform(2);
        phases[10] = null;

        var report = AssessmentReportBuilder.Build(ResultFixtures.Result(phases), RealRules.Typology, new Dictionary<string, string>(), Metadata);

        var financien = report.Rows[10];
        Assert.Null(financien.Phase);
        Assert.Null(financien.Descriptor);
        Assert.Equal("Regionaal afgestemd", report.Rows[0].Descriptor);
    }

    [Fact]
    public void Build_PrioritisedFocusPoint_TakesAmbitionFromTheRulesTransition()
    {
        var result = ResultFixtures.Result(ResultFixtures.Uniform(1), ambition: ["financien", "relaties"]);

        var report = AssessmentReportBuilder.Build(result, RealRules.Typology, new Dictionary<string, string>(), Metadata);

        var financien = report.Rows.Single(r => r.FocusPointId == "financien");
        Assert.Equal(1, financien.AmbitionRank);
        Assert.Equal(2, financien.AmbitionPhase);
        Assert.Equal(2, report.Rows.Single(r => r.FocusPointId == "relaties").AmbitionRank);
        Assert.Null(report.Rows.Single(r => r.FocusPointId == "kwaliteit").AmbitionPhase);
    }

    [Fact]
    public void Build_Remarks_AreTrimmedAndBlankOnesDropped()
    {
        var remarks = new Dictionary<string, string> { ["kwaliteit"] = "  Elk partnerschap eigen accenten. ", ["relaties"] = "   " };

        var report = AssessmentReportBuilder.Build(ResultFixtures.SharedCase("binnenmeren"), RealRules.Typology, remarks, Metadata);

        Assert.Equal("Elk partnerschap eigen accenten.", report.Rows[0].Remark);
        Assert.Null(report.Rows.Single(r => r.FocusPointId == "relaties").Remark);
    }

    [Fact]
    public void Build_Trace_IsTheRulesTracePerFocusPoint()
    {
        var result = ResultFixtures.SharedCase("binnenmeren");

        var report = AssessmentReportBuilder.Build(result, RealRules.Typology, new Dictionary<string, string>(), Metadata);

        Assert.All(report.Rows, row => Assert.Same(result.PhaseTrace[row.FocusPointId], row.Trace));
    }
}
