using SamenOpleiden.Advisor.Recognition.Evaluation;

namespace SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

/// <summary>
/// Plays a respondent of one shared case: the profile as the case describes it, each focus point
/// in the case's own words (confirming the recogniser's proposal when it matches the reference
/// reading, correcting it otherwise), and the expected phases from expected-phases.md.
/// </summary>
internal sealed class CaseScript(string file, IReadOnlyList<string> profileAnswers, string ambition)
{
    public static readonly CaseScript ValleiEnVelden = new("vallei-en-velden.md",
        ["Vallei & Velden", "tekort", "3", "po en vo", "60", "deels", "deels", "buiten", "Zij-instromers vallen binnen pilots.", "nee", "coördinator"],
        "HR en financiën");

    public static readonly CaseScript StadEnStreek = new("stad-en-streek.md",
        ["Stad & Streek", "tekortregio", "1", "po, vo, mbo en (v)so", "± 90%", "volledig", "volledig", "deels", "overslaan", "ja", "bestuurder"],
        "geen");

    public static readonly CaseScript Binnenmeren = new("binnenmeren.md",
        ["Binnenmeren", "krimp", "3", "po, vo en mbo", "75", "volledig", "weet ik niet", "buiten", "overslaan", "ja", "schoolopleider"],
        "organisatiestructuur en kwaliteit");

    public static IEnumerable<object[]> All => [[nameof(ValleiEnVelden)], [nameof(StadEnStreek)], [nameof(Binnenmeren)]];

    public static CaseScript Named(string name) => name switch
    {
        nameof(ValleiEnVelden) => ValleiEnVelden,
        nameof(StadEnStreek) => StadEnStreek,
        _ => Binnenmeren,
    };

    /// <summary>The phase the respondent ends up giving per focus point.</summary>
    public Dictionary<string, int> Given { get; } = [];

    public SituationCase Case => SituationCase.Parse(Path.Combine(TestRules.CasesDirectory, file), TestRules.Typology);

    public (int Phase, int? Also) Expected(string focusPoint) =>
        ExpectedPhases.Parse(Path.Combine(TestRules.CasesDirectory, "expected-phases.md")).For(file, focusPoint);

    /// <summary>Answers every question until the result is shown; bounded so a stuck dialog fails instead of hanging.</summary>
    public async Task RunToResultAsync(ChatDriver chat)
    {
        await chat.StartAsync();
        var situations = Case.Situations;
        for (var turn = 0; turn < 200; turn++)
        {
            var state = await chat.StateAsync();
            var (kind, argument) = Conversation.Dialog.Slots.Parse(state.Current!);
            if (kind == "fp" && state.Proposal is null && Given.ContainsKey("kwaliteit") && !state.Remarks.ContainsKey("kwaliteit") && ReferenceEquals(this, Binnenmeren))
            {
                // Binnenmeren adds a remark to its first answer afterwards, with the command.
                await chat.SayAsync("toelichting kwaliteit: Dit is onze eigen inschatting.");
                continue;
            }

            switch (kind)
            {
                case "profile":
                    await chat.SayAsync(profileAnswers[Conversation.Dialog.Profile.ProfileQuestions.All.ToList().FindIndex(q => q.Key == argument)]);
                    break;
                case "fp" when state.Proposal is { } proposal:
                    var (phase, also) = Expected(argument);
                    var offered = proposal.Alternative is { } other ? new[] { proposal.Phase, other } : [proposal.Phase];
                    var right = offered.Where(p => p == phase || p == also).Cast<int?>().FirstOrDefault();
                    await chat.SayAsync(right is null ? "nee" : proposal.Alternative is null ? "ja" : right.Value.ToString());
                    if (right is { } chosen)
                    {
                        Given[argument] = chosen;
                    }

                    break;
                case "fp" when state.Answers.ContainsKey(argument) is false && !Given.ContainsKey(argument) && !chat.LastText.Contains("Kies dan"):
                    await chat.SayAsync(situations[argument]);
                    if ((await chat.StateAsync()).Proposal is null && (await chat.StateAsync()).Current == state.Current)
                    {
                        await AnswerLabel(chat, argument);
                    }

                    break;
                case "fp":
                    await AnswerLabel(chat, argument);
                    break;
                case "followup":
                    await chat.SayAsync("houden");
                    break;
                case "ambition":
                    await chat.SayAsync(ambition);
                    break;
                default:
                    return;
            }
        }

        throw new InvalidOperationException("The conversation did not reach the result in 200 turns.");
    }

    private async Task AnswerLabel(ChatDriver chat, string focusPoint)
    {
        var phase = Expected(focusPoint).Phase;
        Given[focusPoint] = phase;
        await chat.SayAsync(phase.ToString());
    }
}
