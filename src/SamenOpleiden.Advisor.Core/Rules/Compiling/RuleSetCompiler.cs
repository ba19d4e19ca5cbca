using System.Reflection;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Core.Rules.Loading;

namespace SamenOpleiden.Advisor.Core.Rules.Compiling;

/// <summary>
/// Instantiates the rule classes of the rule set's assembly (one per data row for a family), checks what the rule set
/// must satisfy as a whole (unique names, a reason for every rule, weights for known rules, one rule that concludes),
/// and compiles it into one NRules session factory. Every fault is reported with the file and the rule.
/// </summary>
internal static class RuleSetCompiler
{
    private static readonly Dictionary<Type, string> DataFiles = new()
    {
        [typeof(ConsistencyRow)] = "consistency.json",
        [typeof(ProfileAdviceRow)] = "profile-advice.json",
        [typeof(PriorityRow)] = "priority.json",
    };

    public static CompiledRuleSet? Compile(RuleFileReader files, RuleData data, Assembly rulesAssembly)
    {
        var before = files.Problems.Count;
        var activator = new RowRuleActivator(data);
        var repository = new RuleRepository { Activator = activator };
        foreach (var type in RuleTypes(rulesAssembly))
        {
            try
            {
                repository.Load(spec => spec.From(type));
            }
            catch (Exception e) when (e is RuleDefinitionException or RuleActivationException)
            {
                Problem(files, SourceOf(type), type.Name, Innermost(e).Message);
            }
        }

        var rules = repository.GetRules().OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        var explanations = Explanations(files, activator.Activated, rules);
        CheckNames(files, rules, data.Weights);
        CheckConclusion(files, rules);
        if (files.Problems.Count > before) return null;

        try
        {
            var factory = new RuleCompiler { ExpressionCompiler = new FastRuleExpressionCompiler() }.Compile(rules);
            return new CompiledRuleSet(RulesVersion.Of(files.Directory, rules), data, factory, rules, explanations);
        }
        catch (RuleCompilationException e)
        {
            Problem(files, "regels", e.RuleName, Innermost(e).Message);
            return null;
        }
    }

    private static IEnumerable<Type> RuleTypes(Assembly assembly) =>
        assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Rule).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static Dictionary<string, RuleExplanation> Explanations(RuleFileReader files, IReadOnlyList<Rule> instances, List<IRuleDefinition> rules)
    {
        var rows = instances.OfType<IRowRule>().ToDictionary(r => r.RuleName, r => r.Row, StringComparer.Ordinal);
        var explanations = new Dictionary<string, RuleExplanation>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var explanation = rows.TryGetValue(rule.Name, out var row)
                ? new RuleExplanation(row.Reason, row.When, row)
                : new RuleExplanation(rule.Description, [], null);
            if (string.IsNullOrWhiteSpace(explanation.Reason))
                Problem(files, SourceOf(rule), rule.Name, "de regel zegt niet waarom (een [Description] in het Nederlands, of 'reason' in de rij)");
            explanations.TryAdd(rule.Name, explanation);
        }

        return explanations;
    }

    private static void CheckNames(RuleFileReader files, List<IRuleDefinition> rules, PriorityWeights weights)
    {
        foreach (var duplicate in rules.GroupBy(r => r.Name).Where(g => g.Count() > 1))
            Problem(files, SourceOf(duplicate.First()), duplicate.Key, "deze regelnaam komt meer dan eens voor; regelnamen moeten uniek zijn");
        var names = rules.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in weights.ByRuleName.Keys.Where(n => !names.Contains(n)))
            Problem(files, "priority.json", name, "'weights' noemt een regel die niet bestaat");
    }

    // The rule that matches the Conclusion fact draws up the roadmap and records its match there; the evaluator reads
    // the final state from that match.
    private static void CheckConclusion(RuleFileReader files, List<IRuleDefinition> rules)
    {
        var concluding = rules.Count(r => r.LeftHandSide.ChildElements.OfType<PatternElement>().Any(p => p.ValueType == typeof(Conclusion)));
        if (concluding == 1) return;
        Problem(files, "regels", null, $"er moet precies één regel zijn die de routekaart opstelt (een patroon op {nameof(Facts.Conclusion)}), nu {concluding}");
    }

    private static string SourceOf(IRuleDefinition rule) =>
        rule.Properties.TryGetProperty(RuleProperties.ClrType, out var property) && property.Value is Type type ? SourceOf(type) : "regels";

    // A family's rows live in a data file; any other rule in its stage folder: rules/<Stage>/<Class>.cs.
    private static string SourceOf(Type type)
    {
        var rowType = type.GetConstructors().SingleOrDefault()?.GetParameters() is [var only] ? only.ParameterType : null;
        return rowType is not null && DataFiles.TryGetValue(rowType, out var file) ? file : $"{type.Namespace?.Split('.')[^1]}/{type.Name}.cs";
    }

    private static void Problem(RuleFileReader files, string file, string? rule, string message) =>
        files.Problems.Add(new RuleProblem(file, rule, message));

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
