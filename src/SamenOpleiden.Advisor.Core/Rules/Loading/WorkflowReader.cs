using System.Text.Json;
using RulesEngine.Models;
using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Rules.Loading;

/// <summary>
/// Reads <c>rules/workflows/*.json</c> (Microsoft RulesEngine workflows), lets RulesEngine validate
/// them, compiles every expression once as RulesEngine would (<see cref="RuleConditionCompiler"/>), and checks each rule's
/// effect (Properties) and the ids it refers to.
/// </summary>
internal static class WorkflowReader
{
    public static Dictionary<string, CompiledWorkflow> Read(RuleFileReader files, TypologyModel typology, IReadOnlyList<AdviceDefinition> advice)
    {
        var folder = Path.Combine(files.Directory, "workflows");
        var settings = new ReSettings { CustomTypes = WorkflowParameters.FactTypes };
        var parser = new RuleConditionCompiler(settings);
        var compiled = new Dictionary<string, CompiledWorkflow>(StringComparer.Ordinal);
        var effects = new RuleEffectChecker(typology, advice);

        foreach (var name in WorkflowParameters.ByWorkflow.Keys)
        {
            var path = Path.Combine(folder, name + ".json");
            var workflow = files.Read<Workflow>(path);
            if (workflow is null) continue;
            if (workflow.WorkflowName != name)
                files.Add(path, null, $"'WorkflowName' moet '{name}' zijn, gelijk aan de bestandsnaam (nu '{workflow.WorkflowName}')");
            workflow.WorkflowName = name;
            if (!ValidatedByRulesEngine(files, path, workflow, settings)) continue;

            var parameters = WorkflowParameters.ByWorkflow[name];
            var rules = new List<CompiledRule>();
            foreach (var rule in workflow.Rules)
            {
                var compiledRule = Compile(files, path, name, rule, parameters, parser);
                if (compiledRule is not null && effects.Check(files, path, name, rule.RuleName, rule.Expression, compiledRule.Properties))
                    rules.Add(compiledRule);
            }

            foreach (var duplicate in workflow.Rules.GroupBy(r => r.RuleName).Where(g => g.Count() > 1))
                files.Add(path, duplicate.Key, "deze regelnaam komt twee keer voor; rule ids moeten uniek zijn");
            compiled[name] = new CompiledWorkflow(name, rules);
        }

        foreach (var extra in System.IO.Directory.Exists(folder) ? System.IO.Directory.GetFiles(folder, "*.json") : [])
            if (!WorkflowParameters.ByWorkflow.ContainsKey(Path.GetFileNameWithoutExtension(extra)))
                files.Add(extra, null, $"onbekende workflow; bekend zijn: {string.Join(", ", WorkflowParameters.ByWorkflow.Keys)}");

        return compiled;
    }

    private static bool ValidatedByRulesEngine(RuleFileReader files, string path, Workflow workflow, ReSettings settings)
    {
        try
        {
            _ = new RulesEngine.RulesEngine([workflow], settings);
            return true;
        }
        catch (Exception e) when (e is RulesEngine.Exceptions.RuleValidationException or ArgumentException)
        {
            files.Add(path, null, $"RulesEngine keurt de workflow af: {e.Message}");
            return false;
        }
    }

    private static CompiledRule? Compile(RuleFileReader files, string path, string workflow, Rule rule, RuleParameter[] parameters, RuleConditionCompiler parser)
    {
        if (rule.Rules?.Any() == true || rule.RuleExpressionType != RuleExpressionType.LambdaExpression)
        {
            files.Add(path, rule.RuleName, "schrijf de voorwaarde als één 'Expression' (met && en ||); geneste regels worden hier niet gebruikt");
            return null;
        }

        try
        {
            var condition = parser.Compile(rule.Expression, parameters);
            var properties = (rule.Properties ?? []).ToDictionary(p => p.Key, p => ToJson(p.Value), StringComparer.Ordinal);
            var usedInputs = UsedInputs.For(rule.Expression, parameters.Select(p => p.Name).ToList(), parameters.Select(p => p.Type).ToList());
            return new CompiledRule(workflow, rule.RuleName, rule.SuccessEvent ?? rule.RuleName, properties, condition, usedInputs);
        }
        catch (Exception e)
        {
            var known = string.Join(", ", parameters.Select(p => p.Name));
            files.Add(path, rule.RuleName, $"de voorwaarde '{rule.Expression}' klopt niet: {e.Message} (beschikbaar: {known})");
            return null;
        }
    }

    private static JsonElement ToJson(object? value) =>
        value is JsonElement element ? element.Clone() : JsonSerializer.SerializeToElement(value);
}
