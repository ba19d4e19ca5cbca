using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Host.Cli.Chat;

namespace SamenOpleiden.Advisor.Host.Tests.Cli.Chat;

/// <summary>Typing a number in the terminal answers with the choice the terminal shows under that number.</summary>
public sealed class OfferedChoicesTests
{
    private static readonly Choice[] FocusPointChoices =
        [new("Fase 1", "1"), new("Fase 2", "2"), new("Fase 3", "3"), new("Weet ik niet", "weet ik niet")];

    private static readonly Choice[] TwoPhasesOffered = [new("Fase 2", "2"), new("Fase 3", "3"), new("Geen van beide", "nee")];

    [Theory]
    [InlineData("2", "2")]
    [InlineData("4", "weet ik niet")]
    public void Resolve_AtAFocusPoint_NumbersAreThePhasesAndThenDontKnow(string typed, string answer)
    {
        Assert.Equal(answer, new OfferedChoices(FocusPointChoices, false).Resolve(typed));
    }

    [Theory]
    [InlineData("2", "2")]
    [InlineData("3", "3")]
    [InlineData("1", "1")]
    public void Resolve_WherePhasesTwoAndThreeAreOffered_ANumberIsThatPhaseNotAPlaceInTheList(string typed, string answer)
    {
        // Offered first and second, phases 2 and 3 used to be typed as "1" and "2": "2" chose phase 3.
        Assert.Equal(answer, new OfferedChoices(TwoPhasesOffered, false).Resolve(typed));
    }

    [Fact]
    public void Resolve_ChoicesWithoutNumbers_AreTypedByTheirPlace()
    {
        Assert.Equal("nee", new OfferedChoices([new("Ja", "ja"), new("Nee", "nee")], false).Resolve("2"));
    }

    [Fact]
    public void Render_WherePhasesTwoAndThreeAreOffered_ShowsEachPhaseByItsOwnNumber()
    {
        var text = PlainReplyWriter.Render(new QuestionReply("Welke past het best: fase 2 of fase 3?", TwoPhasesOffered));

        Assert.Contains("  2. Fase 2", text);
        Assert.Contains("  3. Fase 3", text);
        Assert.Contains("  - Geen van beide  (typ: nee)", text);
    }
}
