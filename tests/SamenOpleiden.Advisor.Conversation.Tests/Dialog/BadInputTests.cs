using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Conversation.Tests.Dialog;

public sealed class BadInputTests
{
    private static readonly (string Name, string Text, string Explanation)[] BadInputs =
    [
        ("empty", "", "geen tekst ontvangen"),
        ("spaces", "   ", "geen tekst ontvangen"),
        ("10 KB", new string('a', 10 * 1024), "erg lang"),
        ("control characters", "fase\u0001 2\u001b[31m", "stuurtekens"),
        ("emoji", "😀👍", "geen emoji"),
        ("sql", "'; DROP TABLE conversations; --", "gewone tekst"),
        ("unknown focus point", "wijzig onzinpunt", "Ik ken geen focuspunt 'onzinpunt'"),
    ];

    public static IEnumerable<object[]> StatesAndInputs =>
        from state in DialogStates.All
        from input in BadInputs
        select new object[] { state, input.Name };

    [Theory]
    [MemberData(nameof(StatesAndInputs))]
    public async Task HandleAsync_BadInputAtPrompt_ExplainsInDutchRepromptsAndChangesNoAnswer(string where, string inputName)
    {
        var (_, text, explanation) = BadInputs.Single(b => b.Name == inputName);
        var chat = await DialogStates.ReachAsync(where);
        var before = await chat.StateAsync();

        await chat.SayAsync(text);

        var after = await chat.StateAsync();
        Assert.Contains(explanation, chat.LastText);
        Assert.IsType<QuestionReply>(chat.Last[^1]);
        Assert.Equal(before.Current, after.Current);
        Assert.Equal(CommandsInEveryStateTests.Answers(before), CommandsInEveryStateTests.Answers(after));
    }

    [Fact]
    public async Task HandleAsync_BadInputWhileConfirmingDelete_AsksTheConfirmationAgain()
    {
        var chat = await DialogStates.ReachAsync("fp:kwaliteit");
        await chat.SayAsync("verwijder mijn gegevens");

        await chat.SayAsync("😀");

        Assert.Contains("gegevens wilt verwijderen", chat.LastQuestion!.Text);
        await chat.SayAsync("nee");
        Assert.Contains("niets verwijderd", chat.LastText);
        Assert.Equal("fp:kwaliteit", (await chat.StateAsync()).Current);
    }

    [Theory]
    [InlineData("profile:partnerships", "heel veel", "Geef een aantal")]
    [InlineData("profile:realisatiegraad", "150", "percentage tussen 0 en 100")]
    [InlineData("profile:sectors", "hbo", "Noem een of meer van")]
    [InlineData("profile:regionType", "allebei niet", "Kies 'tekort' of 'krimp'")]
    [InlineData("fp:kwaliteit", "4", "Er zijn drie fasen: kies 1, 2 of 3")]
    [InlineData("fp:kwaliteit", "fase 0", "Er zijn drie fasen: kies 1, 2 of 3")]
    [InlineData("fp:kwaliteit", "de koffie is lekker", "Ik weet niet zeker welke fase")]
    [InlineData("followup", "misschien", "Kies 'houden' of 'bijstellen'")]
    [InlineData("ambition", "taart en financiën", "Ik herken 'taart' niet als focuspunt")]
    public async Task HandleAsync_UnreadableAnswer_SaysWhatItNeedsAndAsksAgain(string where, string text, string explanation)
    {
        var chat = await DialogStates.ReachAsync(where);
        var before = await chat.StateAsync();

        await chat.SayAsync(text);

        Assert.Contains(explanation, chat.LastText);
        Assert.Equal(before.Current, (await chat.StateAsync()).Current);
        Assert.Equal(CommandsInEveryStateTests.Answers(before), CommandsInEveryStateTests.Answers(await chat.StateAsync()));
    }
}
