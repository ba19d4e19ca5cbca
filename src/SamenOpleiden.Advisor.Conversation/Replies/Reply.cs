namespace SamenOpleiden.Advisor.Conversation.Replies;

/// <summary>
/// Something the bot says, in a form every channel can render: the terminal prints it, Teams
/// shows a card, Web Chat shows markdown and buttons. Text is Dutch and ready to show.
/// </summary>
public abstract record Reply;

/// <summary>Plain text; may contain light markdown (bold, lists, links).</summary>
public sealed record TextReply(string Text) : Reply;

/// <summary>A question with choices the respondent can press; typing an answer is always allowed too.</summary>
/// <param name="Text">The question.</param>
/// <param name="Choices">Buttons, in order.</param>
/// <param name="Progress">Where the respondent is, e.g. "vraag 4 van 11", when it applies.</param>
public sealed record QuestionReply(string Text, IReadOnlyList<Choice> Choices, Progress? Progress = null) : Reply;

/// <summary>A button: <paramref name="Value"/> is sent back as the turn's text when it is pressed.</summary>
public sealed record Choice(string Label, string Value, string? Description = null);

/// <summary>A progress marker such as "vraag 4 van 11".</summary>
public sealed record Progress(int Current, int Total, string Label);

/// <summary>A titled list of label/value facts, e.g. the phase per focus point.</summary>
public sealed record SummaryReply(string Title, IReadOnlyList<Fact> Facts, string? Footer = null) : Reply;

/// <summary>One label/value line of a summary.</summary>
public sealed record Fact(string Label, string Value);

/// <summary>One step of the roadmap with its advice items.</summary>
/// <param name="Title">E.g. "Stap 1 — nu".</param>
/// <param name="Items">The advice items of this step, in order.</param>
/// <param name="Footer">A hint such as "Typ 'volgende stap' voor stap 2."</param>
public sealed record AdviceStepReply(string Title, IReadOnlyList<AdviceItemView> Items, string? Footer = null) : Reply;

/// <summary>An advice item ready to show: title, concrete actions, who is involved and when.</summary>
/// <param name="AdviceId">The item's id in the rules' result, so a rewording can be matched to it.</param>
public sealed record AdviceItemView(string Title, string Subtitle, IReadOnlyList<string> Actions, string Who, string Horizon, string? Instrument, string? AdviceId = null);

/// <summary>A link to a report the respondent can open, print or share.</summary>
public sealed record ReportLinkReply(string Text, string Url) : Reply;
