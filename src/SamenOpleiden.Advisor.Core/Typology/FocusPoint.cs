namespace SamenOpleiden.Advisor.Core.Typology;

/// <summary>
/// One of the eleven focus points, with the descriptor the typology gives for each phase.
/// </summary>
/// <param name="Id">Stable id; stored answers refer to it.</param>
/// <param name="Name">The name on the typology sheet, e.g. "Bovenbestuurlijke solidariteit".</param>
/// <param name="LongName">The longer name the cases use, or the name itself.</param>
/// <param name="ShortName">A few words for running text, e.g. "HR" or "solidariteit".</param>
/// <param name="Question">The question the bot asks about this focus point.</param>
/// <param name="Descriptors">The descriptors of phase 1, 2 and 3, in that order.</param>
/// <param name="Synonyms">Other ways respondents name this focus point, for commands like "wijzig".</param>
/// <param name="Explanation">What the focus point is about, in plain Dutch, for a respondent who asks ("uitleg", "wat bedoel je?").</param>
public sealed record FocusPoint(
    string Id,
    string Name,
    string LongName,
    string ShortName,
    string Question,
    IReadOnlyList<string> Descriptors,
    IReadOnlyList<string> Synonyms,
    string Explanation = "")
{
    /// <summary>The descriptor of <paramref name="phase"/> (1-3).</summary>
    public string DescriptorOf(int phase) => Descriptors[phase - 1];
}
