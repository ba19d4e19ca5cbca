namespace SamenOpleiden.Advisor.Core.Rules.Data;

/// <summary>
/// The sentences of the typering's summary (<c>rules/typering.json</c>), with the placeholders
/// <c>{achterblijvers}</c>, <c>{voorlopers}</c>, <c>{onbekend}</c> and <c>{totaal}</c>.
/// </summary>
public sealed record TyperingTexts(string Undetermined, string Even, string Laggards, string Frontrunners, string Both, string Unknown);
