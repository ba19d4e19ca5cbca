using System.Text.Json;
using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>One workflow rule, compiled once: its id, its Dutch description and its effect (Properties).</summary>
internal sealed class CompiledRule
{
    private readonly Func<object[], bool> _condition;
    private readonly UsedInputs _usedInputs;

    public CompiledRule(string workflow, string name, string description, IReadOnlyDictionary<string, JsonElement> properties,
        Func<object[], bool> condition, UsedInputs usedInputs)
    {
        Id = $"{workflow}.{name}";
        Description = description;
        Properties = properties;
        _condition = condition;
        _usedInputs = usedInputs;
    }

    /// <summary>Workflow name and rule name, e.g. <c>Priority.AmbitieVanDeRegio</c>.</summary>
    public string Id { get; }
    public string Description { get; }
    public IReadOnlyDictionary<string, JsonElement> Properties { get; }

    public bool Matches(object[] inputs) => _condition(inputs);

    /// <summary>The trace of this rule firing on <paramref name="inputs"/>: its id and the inputs its expression read.</summary>
    public RuleTrace Trace(object[] inputs) => new(Id, Description, _usedInputs.Read(inputs));

    public string? Text(string key) =>
        Properties.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public int? Number(string key) =>
        Properties.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
