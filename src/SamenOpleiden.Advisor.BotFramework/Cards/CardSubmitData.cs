namespace SamenOpleiden.Advisor.BotFramework.Cards;

/// <summary>
/// What a pressed choice sends back: <c>{"choice": "&lt;Choice.Value&gt;"}</c>. The channel adapter turns it into the
/// turn's text, so a pressed button and the same typed answer are one and the same to the conversation.
/// </summary>
internal sealed record CardSubmitData(string Choice)
{
    /// <summary>The JSON member name of <see cref="Choice"/>.</summary>
    public const string ChoiceKey = "choice";
}
