using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules.Loading;

namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>Loads, validates and compiles <c>rules/</c>.</summary>
public static class RuleSetLoader
{
    /// <summary>
    /// Loads the rules in <paramref name="rulesDirectory"/> and compiles them once; throws
    /// <see cref="RuleSetException"/> naming every fault (file, rule, what is wrong).
    /// </summary>
    public static IAssessmentEvaluator LoadCompiled(string rulesDirectory)
    {
        var (ruleSet, problems) = Read(rulesDirectory);
        if (ruleSet is null) throw new RuleSetException(problems);
        return new AssessmentEvaluator(ruleSet);
    }

    internal static (RuleSet? RuleSet, IReadOnlyList<RuleProblem> Problems) Read(string rulesDirectory)
    {
        var problems = new List<RuleProblem>();
        if (!Directory.Exists(rulesDirectory))
        {
            problems.Add(new RuleProblem(rulesDirectory, null, "de map met regels bestaat niet"));
            return (null, problems);
        }

        var files = new RuleFileReader(rulesDirectory, problems);
        var typology = TypologyReader.Read(files);
        if (typology is null) return (null, problems);

        var advice = AdviceReader.Read(files, typology);
        var roadmap = RoadmapReader.Read(files, typology);
        var workflows = WorkflowReader.Read(files, typology, advice);
        if (problems.Count > 0 || roadmap is null) return (null, problems);

        return (new RuleSet(ContentHash.OfDirectory(rulesDirectory), typology, advice, roadmap, workflows), problems);
    }
}
