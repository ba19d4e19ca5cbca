using System.Text.Json.Serialization;

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
/// <param name="AllowsSeveral">True when several choices may be given together (e.g. "po, vo en mbo"); a channel may offer a multi-select.</param>
public sealed record QuestionReply(string Text, IReadOnlyList<Choice> Choices, Progress? Progress = null, bool AllowsSeveral = false) : Reply;

/// <summary>
/// A button: <paramref name="Value"/> is sent back as the turn's text when it is pressed. The label is short (a
/// button on a phone); <paramref name="Description"/> carries the full text a channel shows next to the buttons.
/// </summary>
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
/// <param name="Choices">Buttons for what can come next (next step, why, report), or null.</param>
public sealed record AdviceStepReply(string Title, IReadOnlyList<AdviceItemView> Items, string? Footer = null, IReadOnlyList<Choice>? Choices = null) : Reply;

/// <summary>An advice item ready to show: title, concrete actions, who is involved and when.</summary>
/// <param name="AdviceId">The item's id in the rules' result, so a rewording can be matched to it.</param>
public sealed record AdviceItemView(string Title, string Subtitle, IReadOnlyList<string> Actions, string Who, string Horizon, string? Instrument, string? AdviceId = null);

/// <summary>A link to a report the respondent can open, print or share.</summary>
public sealed record ReportLinkReply(string Text, string Url) : Reply;

/// <summary>
/// The result in one message: the typering, the phase per focus point, step 1 of the advice and what to do next.
/// Channels show it compactly and keep the long texts (<see cref="Summary"/>, the items' actions) one click away.
/// </summary>
/// <param name="Typering">The typering's name, e.g. "Samenwerkend Systeem".</param>
/// <param name="Summary">The typering's explanation.</param>
/// <param name="Phases">The phase per focus point, short: the focus point's short name and "fase 2" (a phone shows 11 lines).</param>
/// <param name="PhaseLegend">What the phase numbers stand for, e.g. "fase 1: Functioneel Verbonden · fase 2: …".</param>
/// <param name="Step">Step 1 of the advice.</param>
/// <param name="Actions">What the respondent can do next (next step, why, report).</param>
public sealed record ResultReply(
    string Typering, string Summary, IReadOnlyList<Fact> Phases, string PhaseLegend, AdviceStepReply Step, IReadOnlyList<Choice> Actions) : Reply;

/// <summary>
/// Several questions as one form, for channels that show forms (Teams, Web Chat); the values come back together in
/// <see cref="TurnInput.Values"/>. Typing an answer instead still answers the first question.
/// </summary>
/// <param name="Name">Which form it is; sent back as the value of <see cref="FormKey"/>.</param>
/// <param name="Text">What the form is about.</param>
/// <param name="Fields">The questions, in order.</param>
/// <param name="SubmitLabel">The send button.</param>
/// <param name="Problems">Why the last submission was not accepted, one Dutch line per field, or empty.</param>
public sealed record FormReply(string Name, string Text, IReadOnlyList<FormField> Fields, string SubmitLabel, IReadOnlyList<string> Problems) : Reply
{
    /// <summary>The key in <see cref="TurnInput.Values"/> that says which form was sent.</summary>
    public const string FormKey = "form";
}

/// <summary>One question of a form. <paramref name="Id"/> is the key of its value in <see cref="TurnInput.Values"/>.</summary>
/// <param name="Label">The question, shown above the input.</param>
/// <param name="Kind">The kind of input.</param>
/// <param name="Choices">The options of a choice field.</param>
/// <param name="Value">The value to show filled in, or null.</param>
/// <param name="Required">True when the form may not be sent without it.</param>
/// <param name="ErrorMessage">Dutch text a channel shows when the value is missing or out of range.</param>
/// <param name="Min">The lowest number (number fields).</param>
/// <param name="Max">The highest number (number fields) or the most characters (text fields).</param>
/// <param name="Placeholder">A hint shown in an empty input.</param>
public sealed record FormField(
    string Id,
    string Label,
    FormFieldKind Kind,
    IReadOnlyList<Choice> Choices,
    string? Value = null,
    bool Required = false,
    string? ErrorMessage = null,
    int? Min = null,
    int? Max = null,
    string? Placeholder = null);

/// <summary>The kinds of form input.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FormFieldKind>))]
public enum FormFieldKind
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Several lines of text.</summary>
    LongText,

    /// <summary>A whole number between <see cref="FormField.Min"/> and <see cref="FormField.Max"/>.</summary>
    Number,

    /// <summary>One of <see cref="FormField.Choices"/>.</summary>
    Choice,

    /// <summary>Any of <see cref="FormField.Choices"/>; the value lists them separated by commas.</summary>
    MultiChoice,
}
