using System.Reflection;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules.Compiling;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Loading;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>Loads the data of <c>rules/</c>, checks it, and compiles the rule set's C# rules over it.</summary>
public static class RuleSetLoader
{
    /// <summary>
    /// Loads the data in <paramref name="rulesDirectory"/> and compiles the rules of <paramref name="rulesAssembly"/>
    /// once; throws <see cref="RuleSetException"/> naming every fault (file, rule, what is wrong).
    /// </summary>
    public static IAssessmentEvaluator LoadCompiled(string rulesDirectory, Assembly rulesAssembly)
    {
        var (rules, problems) = Load(rulesDirectory, rulesAssembly);
        return rules is null ? throw new RuleSetException(problems) : new AssessmentEvaluator(rules);
    }

    /// <summary>
    /// Loads only the typology of <paramref name="rulesDirectory"/>, for readers of answers that need the focus points
    /// and their descriptors but not the rules; throws <see cref="RuleSetException"/> naming every fault.
    /// </summary>
    public static TypologyModel LoadTypology(string rulesDirectory)
    {
        var problems = new List<RuleProblem>();
        var files = Open(rulesDirectory, problems);
        return (files is null ? null : TypologyReader.Read(files)) ?? throw new RuleSetException(problems);
    }

    internal static (CompiledRuleSet? Rules, IReadOnlyList<RuleProblem> Problems) Load(string rulesDirectory, Assembly rulesAssembly)
    {
        var problems = new List<RuleProblem>();
        if (Open(rulesDirectory, problems) is not { } files) return (null, problems);
        var data = Read(files);
        return (data is null ? null : RuleSetCompiler.Compile(files, data, rulesAssembly), problems);
    }

    private static RuleFileReader? Open(string rulesDirectory, List<RuleProblem> problems)
    {
        if (Directory.Exists(rulesDirectory)) return new RuleFileReader(rulesDirectory, problems);
        problems.Add(new RuleProblem(rulesDirectory, null, "de map met regels bestaat niet"));
        return null;
    }

    private static RuleData? Read(RuleFileReader files)
    {
        var typology = TypologyReader.Read(files);
        if (typology is null) return null;

        var advice = AdviceReader.Read(files, typology);
        var consistency = ConsistencyReader.Read(files, typology);
        var profileAdvice = ProfileAdviceReader.Read(files, typology, advice);
        var (weights, priorities) = PriorityReader.Read(files, typology);
        var roadmap = RoadmapReader.Read(files, typology);
        var typering = TyperingReader.Read(files);
        if (files.Problems.Count > 0 || roadmap is null || typering is null) return null;
        return new RuleData(typology, advice, consistency, profileAdvice, priorities, weights, roadmap, typering);
    }
}
