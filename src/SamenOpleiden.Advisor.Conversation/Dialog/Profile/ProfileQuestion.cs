using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.Conversation.Dialog.Profile;

/// <summary>One question of the region profile: its key, text, buttons and how an answer is read.</summary>
internal sealed record ProfileQuestion(
    string Key,
    string Label,
    string Text,
    IReadOnlyList<Choice> Choices,
    Func<string, ProfileAnswer> Parse,
    Func<Core.Assessment.RegionProfile, string?> Show);
