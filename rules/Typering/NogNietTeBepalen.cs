using NRules.Fluent.Dsl;

namespace SamenOpleiden.Advisor.Rules.Typering;

[Name("Typering.NogNietTeBepalen")]
[Description("Zonder een bekende fase is de fase van de regio nog niet te bepalen.")]
public sealed class NogNietTeBepalen() : RegionPhaseRule(null, t => t.Total > 0 && t.Known == 0);
