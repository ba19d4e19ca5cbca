using NRules.Fluent.Dsl;

namespace SamenOpleiden.Advisor.Rules.Typering;

[Name("Typering.SamenwerkendSysteem")]
[Description("Meer dan de helft staat op fase 2 of hoger, dus jullie regio als geheel staat op fase 2: Samenwerkend Systeem.")]
public sealed class SamenwerkendSysteem() : RegionPhaseRule(2, t => !t.MostOnThree && t.MostOnTwoOrHigher);
