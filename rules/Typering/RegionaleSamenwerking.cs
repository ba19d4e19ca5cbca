using NRules.Fluent.Dsl;

namespace SamenOpleiden.Advisor.Rules.Typering;

[Name("Typering.RegionaleSamenwerking")]
[Description("Meer dan de helft staat op fase 3, dus jullie regio als geheel staat op fase 3: Regionale Samenwerking.")]
public sealed class RegionaleSamenwerking() : RegionPhaseRule(3, t => t.MostOnThree);
