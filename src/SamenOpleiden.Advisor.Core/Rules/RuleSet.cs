using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>Everything in <c>rules/</c>, validated and compiled: loaded once, shared by every evaluation.</summary>
internal sealed class RuleSet(
    string version,
    TypologyModel typology,
    IReadOnlyList<AdviceDefinition> advice,
    RoadmapSettings roadmap,
    IReadOnlyDictionary<string, CompiledWorkflow> workflows)
{
    private readonly Dictionary<string, AdviceDefinition> _adviceById = advice.ToDictionary(a => a.Id, StringComparer.Ordinal);

    public string Version { get; } = version;
    public TypologyModel Typology { get; } = typology;
    public IReadOnlyList<AdviceDefinition> Advice { get; } = advice;
    public RoadmapSettings Roadmap { get; } = roadmap;

    public CompiledWorkflow Workflow(string name) => workflows[name];

    public AdviceDefinition AdviceById(string id) => _adviceById[id];

    public AdviceDefinition AdviceFor(string focusPoint, string transition) =>
        Advice.First(a => a.FocusPoint == focusPoint && a.Transition == transition);
}
