namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>Phases by focus point id (<c>phase["financien"]</c>); 0 means unknown.</summary>
public sealed class PhaseFacts
{
    private readonly IReadOnlyDictionary<string, int> _phases;

    public PhaseFacts(IReadOnlyDictionary<string, int> phases) => _phases = phases;

    /// <summary>The phase of a focus point, 0 when unknown.</summary>
    public int this[string focusPoint] => _phases.GetValueOrDefault(focusPoint);
}
