using System.Collections.Concurrent;
using NRules;
using NRules.RuleModel;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>
/// Watches one evaluation for the validator: records every rule that fired, and checks the settled session holds
/// exactly one phase per focus point and exactly one region phase.
/// </summary>
internal sealed class PatternInspection(TypologyModel typology, ConcurrentDictionary<string, byte> fired) : ISessionInspection
{
    /// <summary>What is wrong with the settled session, in Dutch, or null.</summary>
    public string? Fault { get; private set; }

    public void Fired(IRuleDefinition rule) => fired.TryAdd(rule.Name, 0);

    public void Settled(ISession session)
    {
        var phases = session.Query<FocusPhase>().AsEnumerable().GroupBy(p => p.FocusPoint).ToDictionary(g => g.Key, g => g.Count());
        var wrong = typology.FocusPoints.FirstOrDefault(f => phases.GetValueOrDefault(f.Id) != 1);
        var regionPhases = session.Query<RegionPhase>().AsEnumerable().Count();
        Fault = wrong is not null ? $"focuspunt '{wrong.Id}' kreeg {phases.GetValueOrDefault(wrong.Id)} fasen in plaats van één"
            : regionPhases != 1 ? $"de regio kreeg {regionPhases} regiofasen in plaats van één"
            : null;
    }
}
