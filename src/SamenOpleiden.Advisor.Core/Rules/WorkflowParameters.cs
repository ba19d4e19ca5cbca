using RulesEngine.Models;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>
/// The inputs each workflow's expressions may use, by name. A rule that names anything else does
/// not compile, and the validator says so.
/// </summary>
internal static class WorkflowParameters
{
    private static readonly PhaseFacts SamplePhases = new(new Dictionary<string, int>());
    private static readonly ProfileFacts SampleProfile = new(new RegionProfile());

    public static readonly IReadOnlyDictionary<string, RuleParameter[]> ByWorkflow = new Dictionary<string, RuleParameter[]>
    {
        ["Phase"] = [new("a", new AnswerFacts())],
        ["Consistency"] = [new("phase", SamplePhases), new("profile", SampleProfile)],
        ["RegionPhase"] = [new("t", new TallyFacts())],
        ["TyperingShape"] = [new("t", new TallyFacts())],
        ["ExtraAdvice"] = [new("profile", SampleProfile), new("phase", SamplePhases), new("t", new TallyFacts())],
        ["Priority"] = [new("c", new CandidateFacts()), new("phase", SamplePhases), new("profile", SampleProfile)],
    };

    /// <summary>Types whose members expressions may call.</summary>
    public static readonly Type[] FactTypes =
        [typeof(AnswerFacts), typeof(PhaseFacts), typeof(ProfileFacts), typeof(TallyFacts), typeof(CandidateFacts)];
}
