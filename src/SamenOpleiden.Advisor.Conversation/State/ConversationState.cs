using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Conversation.State;

/// <summary>
/// Everything the bot remembers of one conversation, stored as one JSON document per conversation.
/// Mutable on purpose: the dialog works on a copy for one turn and the store saves it whole.
/// </summary>
public sealed class ConversationState
{
    /// <summary>Channel and conversation id, e.g. <c>terminal:7f3a</c>; the store's key.</summary>
    public string ConversationKey { get; set; } = "";

    /// <summary>Channel and user id, e.g. <c>terminal:local</c>; deleting a respondent's data uses it.</summary>
    public string RespondentKey { get; set; } = "";

    public RegionProfile Profile { get; set; } = new();

    /// <summary>The region joined with its access code (<see cref="Core.Reports.IRegionDirectory.TryJoinAsync"/>), or null.</summary>
    public string? RegionId { get; set; }

    /// <summary>Focus point id to chosen phase; null means "weet ik niet".</summary>
    public Dictionary<string, int?> Answers { get; set; } = [];

    /// <summary>Focus point id to the respondent's optional remark.</summary>
    public Dictionary<string, string> Remarks { get; set; } = [];

    /// <summary>Follow-up id to the phase the respondent settled on.</summary>
    public Dictionary<string, int> FollowUpAnswers { get; set; } = [];

    public List<string> Ambition { get; set; } = [];

    /// <summary>Slots (questions) that are answered or skipped; the dialog asks the first slot not in here.</summary>
    public List<string> Done { get; set; } = [];

    /// <summary>
    /// Set when the respondent typed a profile answer where the channel showed the profile form: the rest of the profile
    /// is then asked one question at a time, as they apparently prefer.
    /// </summary>
    public bool ProfileOneByOne { get; set; }

    /// <summary>The slot being asked now, or null before the welcome.</summary>
    public string? Current { get; set; }

    /// <summary>Slots asked before, most recent last, for <c>terug</c>.</summary>
    public List<string> History { get; set; } = [];

    /// <summary>A phase the recogniser proposed and the respondent has yet to confirm.</summary>
    public PendingProposal? Proposal { get; set; }

    /// <summary>A destructive command waiting for "ja": <c>delete</c> or <c>restart</c>.</summary>
    public string? PendingConfirmation { get; set; }

    /// <summary>The roadmap step shown last (1-3), 0 before the result.</summary>
    public int StepShown { get; set; }

    /// <summary>Set by <c>originele tekst</c>: advice stays in the rules' own words, not reworded, until <c>opnieuw</c>.</summary>
    public bool ShowRuleText { get; set; }

    /// <summary>The id of the assessment stored when the result was last shown.</summary>
    public string? AssessmentId { get; set; }
}

/// <summary>
/// A phase proposed from free text, with the respondent's words that led to it; with conflicting evidence also
/// the other phase offered (<paramref name="Alternative"/>), and the respondent chooses between the two.
/// </summary>
public sealed record PendingProposal(string FocusPoint, int Phase, IReadOnlyList<string> Evidence, int? Alternative = null);
