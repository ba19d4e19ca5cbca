namespace SamenOpleiden.Advisor.Core.Assessment;

/// <summary>
/// What the rules decided for one assessment. Serialised with <see cref="AssessmentJson"/> it is
/// the <c>assess</c> output: byte-for-byte the same for the same input and rules version.
/// </summary>
public sealed record AssessmentResult
{
    /// <summary>Version of the rules that produced this result: a hash of the data in <c>rules/</c> and the compiled rules.</summary>
    public required string RulesVersion { get; init; }

    public required RegionProfile Profile { get; init; }

    /// <summary>Focus point id to phase (1-3) or null when unknown, in typology order.</summary>
    public required IReadOnlyDictionary<string, int?> Phases { get; init; }

    public required Typering Typering { get; init; }

    /// <summary>Step 1 (now, at most three items), step 2 and step 3 (at most four each).</summary>
    public required IReadOnlyList<RoadmapStep> Steps { get; init; }

    /// <summary>Advice that fits in no step yet: for after the roadmap, or when a step's work is done.</summary>
    public required IReadOnlyList<LaterItem> Later { get; init; }

    /// <summary>Follow-up questions raised by contradicting answers, answered or still open.</summary>
    public required IReadOnlyList<FollowUp> FollowUps { get; init; }

    /// <summary>Focus point ids the region wants to move on first, as given.</summary>
    public required IReadOnlyList<string> Ambition { get; init; }

    /// <summary>Why each focus point got its phase: the rules that fired and the answers they used.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<RuleTrace>> PhaseTrace { get; init; }
}

/// <summary>The overall typering: the region's phase and its shape.</summary>
/// <param name="Phase">1-3, or null when too little is known.</param>
/// <param name="Name">The phase name, e.g. "Samenwerkend Systeem".</param>
/// <param name="Summary">The shape under the name, e.g. "Achter blijven HR en solidariteit."</param>
/// <param name="Laggards">Focus points below the region's phase.</param>
/// <param name="Frontrunners">Focus points above the region's phase.</param>
/// <param name="Trace">The rules that decided it and the answers they used.</param>
public sealed record Typering(
    int? Phase,
    string Name,
    string Summary,
    IReadOnlyList<string> Laggards,
    IReadOnlyList<string> Frontrunners,
    IReadOnlyList<RuleTrace> Trace);

/// <summary>One step of the roadmap.</summary>
public sealed record RoadmapStep(int Step, string Title, IReadOnlyList<AdviceResultItem> Items);

/// <summary>
/// One advice item as the rules placed it.
/// </summary>
/// <param name="Id">The advice item's id in <c>rules/advice</c>.</param>
/// <param name="FocusPoint">The focus point it serves, or null for general advice.</param>
/// <param name="Kind"><c>transition</c> (to the next phase), <c>deepen</c> (keep and deepen phase 3), <c>profile</c> (fits the region's profile or neighbouring focus points) or <c>general</c>.</param>
/// <param name="FromPhase">The focus point's current phase, when it has one.</param>
/// <param name="ToPhase">The phase this item works towards, when it is a transition.</param>
/// <param name="Actions">The actions for this region (conditional actions already chosen by its profile).</param>
/// <param name="Lead">The one role that leads the item (trekker).</param>
/// <param name="Who">Who else takes part.</param>
/// <param name="Horizon">When it is due, from its step.</param>
/// <param name="RuleIds">The rules behind the item, for audit; the chat never shows them.</param>
/// <param name="Trace">Why, in the region's own words.</param>
public sealed record AdviceResultItem(
    string Id,
    string? FocusPoint,
    string Kind,
    int? FromPhase,
    int? ToPhase,
    string Title,
    IReadOnlyList<string> Actions,
    string Lead,
    IReadOnlyList<string> Who,
    string Horizon,
    string? Instrument,
    IReadOnlyList<string> RuleIds,
    IReadOnlyList<RuleTrace> Trace);

/// <summary>
/// A follow-up question raised by a consistency rule.
/// </summary>
/// <param name="Id">The consistency rule id; answers refer to it.</param>
/// <param name="FocusPoint">The focus point whose phase the question is about.</param>
/// <param name="Question">The question, in Dutch.</param>
/// <param name="SuggestedPhase">The phase the rule suggests when the respondent adjusts.</param>
/// <param name="Answer">The phase the respondent confirmed, or null while the question is open.</param>
public sealed record FollowUp(
    string Id,
    string FocusPoint,
    string Question,
    int SuggestedPhase,
    int? Answer,
    IReadOnlyList<RuleTrace> Trace);

/// <summary>Advice that fits in no step of the roadmap yet.</summary>
public sealed record LaterItem(string Id, string? FocusPoint, string Kind, string Title);

/// <summary>
/// A rule that fired: its id and reason (for audit), the facts it matched (e.g. <c>phase[financien]</c> = 3), and
/// <paramref name="Text"/>, both told in the region's own words: what "waarom" shows.
/// </summary>
public sealed record RuleTrace(string RuleId, string Description, IReadOnlyDictionary<string, string> Used, string Text);
