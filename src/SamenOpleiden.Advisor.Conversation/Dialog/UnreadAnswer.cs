namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>
/// An answer in the respondent's own words that the recogniser could not read. The turn already holds the
/// "not sure, choose" replies from <paramref name="RepliesFrom"/> on; a second reader may replace them with a proposal.
/// </summary>
internal sealed record UnreadAnswer(string FocusPoint, string Text, int RepliesFrom);
