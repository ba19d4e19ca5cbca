using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Conversation.Dialog.Profile;

/// <summary>One question of the region profile: its key, text, buttons, how an answer is read and how it looks in the profile form.</summary>
internal sealed record ProfileQuestion(
    string Key,
    string Label,
    string Text,
    IReadOnlyList<Choice> Choices,
    Func<string, ProfileAnswer> Parse,
    Func<RegionProfile, string?> Show,
    ProfileFormInput Form)
{
    /// <summary>True when several choices may be given at once (the sectors).</summary>
    public bool AllowsSeveral => Form.Kind == FormFieldKind.MultiChoice;
}

/// <summary>
/// The question as a field of the profile form: a short label, the kind of input, its options and limits, and the
/// profile's current answer as the field's value (what <see cref="ProfileQuestion.Parse"/> reads back).
/// </summary>
internal sealed record ProfileFormInput(
    string Label,
    FormFieldKind Kind,
    Func<RegionProfile, string?> Value,
    IReadOnlyList<Choice>? Choices = null,
    int? Min = null,
    int? Max = null,
    string? Placeholder = null,
    string? ErrorMessage = null,
    bool Required = false);
