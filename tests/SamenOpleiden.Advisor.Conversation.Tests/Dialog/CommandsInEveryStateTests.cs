using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Conversation.Tests.Dialog;

public sealed class CommandsInEveryStateTests
{
    public static IEnumerable<object[]> StatesAndCommands =>
        from state in DialogStates.All
        from command in new[] { "help", "terug", "wijzig kwaliteit", "overslaan", "samenvatting", "advies", "volgende stap", "waarom", "originele tekst", "rapport", "opnieuw", "verwijder mijn gegevens", "hallo", "uitleg", "bedankt" }
        select new object[] { state, command };

    [Theory]
    [MemberData(nameof(StatesAndCommands))]
    public async Task HandleAsync_CommandInState_AnswersInDutchAndKeepsAnswers(string where, string command)
    {
        var chat = await DialogStates.ReachAsync(where);
        var before = await chat.StateAsync();

        await chat.SayAsync(command);

        var after = await chat.StateAsync();
        Assert.NotEmpty(chat.Last);
        Assert.All(chat.Last.Select(ChatDriver.ReplyText), text => Assert.False(string.IsNullOrWhiteSpace(text)));
        Assert.Equal(Answers(before, skipped: command == "overslaan" ? before.Current : null), Answers(after));
        ExpectCommandEffect(command, before, after, chat);
    }

    private static void ExpectCommandEffect(string command, ConversationState before, ConversationState after, ChatDriver chat)
    {
        var finished = before.StepShown > 0;
        // Before the result "waarom" asks why the question is asked: it explains, as "uitleg" does.
        switch (command == "waarom" && !finished ? "uitleg" : command)
        {
            case "help":
                Assert.Contains("Je kunt op elk moment typen", chat.LastText);
                Assert.Equal(before.Current, after.Current);
                break;
            case "uitleg" when before.Current == "fp:kwaliteit":
                Assert.Contains("Uitleg bij 'Gedeelde kwaliteit met kwaliteitskader':", chat.LastText);
                Assert.Contains("- Fase 2 (Samenwerkend Systeem): Regionaal afgestemd", chat.LastText);
                Assert.Equal(before.Current, after.Current);
                break;
            case "uitleg" when before.Current!.StartsWith("followup:", StringComparison.Ordinal):
                Assert.Matches("Waarom ik dit vraag: .*fase", chat.LastText);
                Assert.Equal(before.Current, after.Current);
                break;
            case "uitleg" when before.Current == "ambition":
                Assert.Contains("Het advies begint bij de focuspunten die jullie zelf als eerste willen oppakken", chat.LastText);
                Assert.Equal(before.Current, after.Current);
                break;
            case "uitleg" when finished:
                Assert.Contains("Waarom het advies van stap", chat.LastText);
                break;
            case "uitleg":
                Assert.Equal(before.Current, after.Current);
                Assert.IsType<QuestionReply>(chat.Last[^1]);
                break;
            case "bedankt":
                Assert.StartsWith("Graag gedaan!", ChatDriver.ReplyText(chat.Last[0]));
                Assert.Equal(before.Current, after.Current);
                Assert.Equal(before.Current == "result" ? 1 : 2, chat.Last.Count(r => r is TextReply or QuestionReply));
                break;
            case "hallo":
                Assert.StartsWith("Hallo!", ChatDriver.ReplyText(chat.Last[0]));
                Assert.Equal(before.Current, after.Current);
                break;
            case "samenvatting":
                Assert.Contains(chat.Last, r => r is SummaryReply { Title: "Je antwoorden tot nu toe" } || (r is TextReply t && t.Text.Contains("nog geen antwoorden")));
                Assert.Equal(before.Current, after.Current);
                break;
            case "advies" or "volgende stap" or "originele tekst" or "rapport" when !finished:
                Assert.Contains("Het advies komt zodra alle vragen beantwoord zijn", chat.LastText);
                Assert.Equal(before.Current, after.Current);
                Assert.False(after.ShowRuleText);
                break;
            case "originele tekst":
                Assert.StartsWith($"Stap {before.StepShown}", Assert.Single(chat.Last.OfType<AdviceStepReply>()).Title);
                Assert.True(after.ShowRuleText);
                break;
            case "advies":
                Assert.StartsWith("Stap 1", Assert.Single(chat.Last.OfType<AdviceStepReply>()).Title);
                break;
            case "volgende stap":
                Assert.StartsWith("Stap 2", Assert.Single(chat.Last.OfType<AdviceStepReply>()).Title);
                break;
            case "waarom":
                Assert.Contains("Waarom het advies van stap 1:", chat.LastText);
                break;
            case "rapport":
                Assert.Contains("nog niet beschikbaar", chat.LastText);
                break;
            case "wijzig kwaliteit":
                Assert.Equal("fp:kwaliteit", after.Current);
                break;
            case "terug" when before.Current == "profile:regionName":
                Assert.Contains("eerste vraag", chat.LastText);
                break;
            case "terug":
                Assert.NotEqual(before.Current, after.Current);
                break;
            case "overslaan" when before.Current == "result":
                Assert.Contains("niets om over te slaan", chat.LastText);
                break;
            case "overslaan":
                Assert.NotEqual(before.Current, after.Current);
                Assert.Contains(before.Current!, after.Done);
                break;
            case "opnieuw":
                Assert.Equal("restart", after.PendingConfirmation);
                Assert.Contains("opnieuw wilt beginnen", chat.LastText);
                break;
            case "verwijder mijn gegevens":
                Assert.Equal("delete", after.PendingConfirmation);
                Assert.Contains("gegevens wilt verwijderen", chat.LastText);
                break;
        }
    }

    /// <summary>Everything the respondent answered; a skipped focus point counts as "weet ik niet".</summary>
    internal static string Answers(ConversationState state, string? skipped = null)
    {
        var answers = new Dictionary<string, int?>(state.Answers);
        if (skipped?.StartsWith("fp:", StringComparison.Ordinal) == true)
        {
            answers.TryAdd(skipped[3..], null);
        }

        return System.Text.Json.JsonSerializer.Serialize(new
        {
            state.Profile,
            Answers = answers.OrderBy(a => a.Key).ToList(),
            Remarks = state.Remarks.OrderBy(r => r.Key).ToList(),
            FollowUps = state.FollowUpAnswers.OrderBy(f => f.Key).ToList(),
            state.Ambition,
        });
    }
}
