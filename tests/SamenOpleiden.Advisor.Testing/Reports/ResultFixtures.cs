using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Testing.Reports;

/// <summary>Results from the real rules, built from plain phase lists (typology order), and archived assessments around them.</summary>
public static class ResultFixtures
{
    public static AssessmentInput Input(IReadOnlyList<int?> phases, string? role = null, string? region = null, params string[] ambition) => new()
    {
        Profile = new RegionProfile { RegionName = region, Role = role, RegionType = "krimp", Partnerships = 3, Sectors = ["po", "vo"] },
        Answers = RealRules.Typology.FocusPoints.Select((f, i) => (f.Id, phases[i])).ToDictionary(x => x.Id, x => x.Item2),
        Ambition = ambition,
    };

    public static AssessmentResult Result(IReadOnlyList<int?> phases, string? role = null, string? region = null, params string[] ambition) =>
        RealRules.Evaluator.Evaluate(Input(phases, role, region, ambition));

    /// <summary>The rules' result for a shared case, from its input file in Core.Tests/TestData/cases.</summary>
    public static AssessmentResult SharedCase(string caseId) => RealRules.Evaluator.Evaluate(RealRules.CaseInput(caseId));

    public static ArchivedAssessment Archived(string userKey, string role, int?[] phases, int minute = 0, string? name = null) => new()
    {
        ReportId = $"r-{userKey}-{minute}",
        UserKey = userKey,
        RegionId = "noord",
        Round = 1,
        ConsentedName = name,
        CompletedAt = new DateTimeOffset(2026, 11, 23, 10, minute, 0, TimeSpan.Zero),
        Result = Result(phases, role),
    };

    public static int?[] Uniform(int? phase) => Enumerable.Repeat(phase, 11).ToArray();
}
