using NRules.Fluent.Dsl;

namespace SamenOpleiden.Advisor.Rules.Typering;

[Name("Typering.FunctioneelVerbonden")]
[Description("De helft of meer staat op fase 1, dus jullie regio als geheel staat op fase 1: Functioneel Verbonden.")]
public sealed class FunctioneelVerbonden() : RegionPhaseRule(1, t => t.Known > 0 && !t.MostOnTwoOrHigher);
