namespace SamenOpleiden.Advisor.Core.Typology;

/// <summary>One of the three phases of the typology, e.g. 2 "Samenwerkend Systeem".</summary>
public sealed record PhaseDefinition(int Number, string Name, string Meaning);
