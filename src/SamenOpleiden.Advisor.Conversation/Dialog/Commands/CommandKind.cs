namespace SamenOpleiden.Advisor.Conversation.Dialog.Commands;

/// <summary>The commands a respondent can give at any point.</summary>
internal enum CommandKind
{
    Help,

    /// <summary>"uitleg", "wat bedoel je?": what the question is about.</summary>
    Explain,
    Back,
    Change,
    Remark,
    Skip,
    Summary,
    Advice,
    NextStep,
    Why,
    OriginalText,
    Report,
    Restart,
    Delete,
    JoinRegion,

    /// <summary>A greeting on its own ("hallo", "goedemorgen"): greeted back, never taken as an answer such as the region's name.</summary>
    Greeting,

    /// <summary>Thanks or goodbye on its own ("bedankt", "doei"): answered kindly, never taken as an answer.</summary>
    Thanks,
}

/// <summary>
/// A recognised command; <paramref name="Argument"/> is the rest of the text, e.g. the focus point of <c>wijzig</c>
/// (normalised), or a remark as typed (<c>toelichting</c>).
/// </summary>
internal sealed record Command(CommandKind Kind, string Argument = "");
