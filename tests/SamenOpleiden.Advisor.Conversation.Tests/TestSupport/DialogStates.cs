namespace SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

/// <summary>Brings a fresh conversation to a named point: each profile question, a focus point, a pending proposal, a remark, a follow-up, the ambition, the result.</summary>
internal static class DialogStates
{
    public static readonly string[] All =
    [
        "profile:regionName", "profile:regionType", "profile:partnerships", "profile:sectors", "profile:realisatiegraad",
        "profile:voltijd", "profile:deeltijd", "profile:zijInstromers", "profile:realisatieToelichting", "profile:grensgevallen", "profile:role",
        "fp:kwaliteit", "proposal", "remark:kwaliteit", "fp:financien", "followup", "ambition", "result",
    ];

    public static IEnumerable<object[]> Each => All.Select(s => new object[] { s });

    private static readonly string[] Profile = ["Binnenmeren", "krimp", "3", "po, vo en mbo", "75", "volledig", "deels", "buiten", "overslaan", "ja", "schoolopleider"];

    public static async Task<ChatDriver> ReachAsync(string target, ChatDriver? driver = null)
    {
        var chat = driver ?? new ChatDriver();
        await chat.StartAsync();
        var profileIndex = 0;
        for (var turn = 0; turn < 100; turn++)
        {
            var state = await chat.StateAsync();
            var current = state.Current!;
            if (current == target || (target == "followup" && current.StartsWith("followup:", StringComparison.Ordinal)) || (target == "proposal" && state.Proposal is not null))
            {
                return chat;
            }

            var (kind, argument) = Conversation.Dialog.Slots.Parse(current);
            var answer = kind switch
            {
                // A remark is asked for with the command, once its focus point has an answer.
                "fp" when target.StartsWith("remark:", StringComparison.Ordinal) && state.Answers.ContainsKey(Conversation.Dialog.Slots.Parse(target).Argument)
                    => "toelichting " + Conversation.Dialog.Slots.Parse(target).Argument,
                "profile" => Profile[profileIndex++],
                "fp" when target == "proposal" => "Elk partnerschap doet het op zijn eigen manier, ad hoc.",
                "fp" => argument == "financien" ? "3" : "1",
                "remark" => "overslaan",
                "followup" => "houden",
                "ambition" => "HR en financiën",
                _ => throw new InvalidOperationException($"Cannot reach {target}; stuck at {current}."),
            };
            await chat.SayAsync(answer);
        }

        throw new InvalidOperationException($"Did not reach {target} within 100 turns.");
    }
}
