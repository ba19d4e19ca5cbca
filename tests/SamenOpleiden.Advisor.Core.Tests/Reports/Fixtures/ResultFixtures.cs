using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Core.Tests.Reports.Fixtures;

/// <summary>Results and archived assessments built from plain phase lists (typology order).</summary>
internal static class ResultFixtures
{
    public static FixtureEvaluator Evaluator { get; } = new(TestTypology.Instance);

    public static AssessmentInput Input(IReadOnlyList<int?> phases, string? role = null, string? region = null, params string[] ambition) => new()
    {
        Profile = new RegionProfile { RegionName = region, Role = role, RegionType = "krimp", Partnerships = 3, Sectors = ["po", "vo"] },
        Answers = TestTypology.Instance.FocusPoints.Select((f, i) => (f.Id, phases[i])).ToDictionary(x => x.Id, x => x.Item2),
        Ambition = ambition,
    };

    public static AssessmentResult Result(IReadOnlyList<int?> phases, string? role = null, string? region = null, params string[] ambition) =>
        Evaluator.Evaluate(Input(phases, role, region, ambition));

    public static AssessmentResult SharedCase(string caseId) =>
        Result(SharedCases.Phases[caseId].Select(p => (int?)p).ToList(), "bestuurder", SharedCases.Names[caseId], "professionals-hr", "solidariteit");

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
