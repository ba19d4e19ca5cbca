using SamenOpleiden.Advisor.Conversation.Dialog.Commands;

namespace SamenOpleiden.Advisor.Conversation.Tests.Dialog.Commands;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("help", "Help")]
    [InlineData("Help!", "Help")]
    [InlineData("terg", "Back")]
    [InlineData("overslan", "Skip")]
    [InlineData("n.v.t.", "Skip")]
    [InlineData("Niet van toepassing", "Skip")]
    [InlineData("smenvatting", "Summary")]
    [InlineData("Advies", "Advice")]
    [InlineData("volgnde stap", "NextStep")]
    [InlineData("waarom?", "Why")]
    [InlineData("Originele tekst", "OriginalText")]
    [InlineData("orginele tekst", "OriginalText")]
    [InlineData("raport", "Report")]
    [InlineData("opnieuw", "Restart")]
    [InlineData("verwijder mijn gegevns", "Delete")]
    [InlineData("Hallo!", "Greeting")]
    [InlineData("uitleg", "Explain")]
    [InlineData("??", "Explain")]
    [InlineData("Wat bedoel je?", "Explain")]
    [InlineData("ik snap de vraag niet", "Explain")]
    [InlineData("Wat is een kwaliteitskader?", "Explain")]
    [InlineData("Wat verstaan jullie onder HR?", "Explain")]
    [InlineData("hoi", "Greeting")]
    [InlineData("Goedemorgen", "Greeting")]
    [InlineData("goedemidag", "Greeting")]
    [InlineData("Goedemorgen allemaal!", "Greeting")]
    [InlineData("hoi hoi", "Greeting")]
    [InlineData("Bedankt!", "Thanks")]
    [InlineData("dank je wel", "Thanks")]
    [InlineData("doei", "Thanks")]
    public void Parse_CommandWithTypo_IsRecognised(string text, string kind)
    {
        Assert.Equal(Enum.Parse<CommandKind>(kind), CommandParser.Parse(text)!.Kind);
    }

    [Theory]
    [InlineData("wijzig financiën", "financien")]
    [InlineData("wijzg HR", "hr")]
    public void Parse_Change_CarriesTheFocusPoint(string text, string argument)
    {
        var command = CommandParser.Parse(text)!;

        Assert.Equal(CommandKind.Change, command.Kind);
        Assert.Equal(argument, command.Argument);
    }

    [Theory]
    [InlineData("waarom stap 2", "Why", "stap 2")]
    [InlineData("Waarom financiën?", "Why", "financien")]
    [InlineData("waarm vraag je dit", "Why", "vraag je dit")]
    [InlineData("stap 2", "Advice", "2")]
    [InlineData("Stap twee", "Advice", "2")]
    [InlineData("de derde stap", "Advice", "3")]
    public void Parse_WhyOrStepAboutOneThing_CarriesWhatItIsAbout(string text, string kind, string argument)
    {
        var command = CommandParser.Parse(text)!;

        Assert.Equal(Enum.Parse<CommandKind>(kind), command.Kind);
        Assert.Equal(argument, command.Argument);
    }

    [Theory]
    [InlineData("Het advies van de regio is helder")]
    [InlineData("Waarom zou een bestuur plekken afstaan? Zo wordt er hier nog gedacht.")]
    [InlineData("waarom zouden de besturen dat samen doen als ieder zijn eigen geld en mensen heeft")]
    [InlineData("stap voor stap")]
    [InlineData("ja")]
    [InlineData("2")]
    [InlineData("HR")]
    [InlineData("Hallo Noord")]
    [InlineData("Een gezamenlijk budget? Nee.")]
    [InlineData("Wat is gezamenlijk? Niets eigenlijk.")]
    [InlineData("Wat is er geregeld: weinig")]
    [InlineData("dat")]
    [InlineData("top")]
    [InlineData("prima")]
    public void Parse_AnswerThatMentionsAWord_IsNoCommand(string text)
    {
        Assert.Null(CommandParser.Parse(text));
    }
}
