using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>One turn in progress: the state being changed, what the bot says, and what the store must do.</summary>
internal sealed class DialogTurn(ConversationState state, bool showsForms = false, bool isGroup = false)
{
    public ConversationState State { get; } = state;

    /// <summary>True in a conversation with several people: the person's assessment is their own, but others may read along.</summary>
    public bool IsGroup { get; } = isGroup;

    /// <summary>True when the channel shows forms, so the profile can be asked as one form (<see cref="Replies.FormReply"/>).</summary>
    public bool ShowsForms { get; } = showsForms;

    public List<Reply> Replies { get; } = [];

    /// <summary>Set when the result was reached in this turn; saved with the state.</summary>
    public FinishedAssessment? Assessment { get; set; }

    /// <summary>Set when the respondent confirmed "verwijder mijn gegevens": nothing is saved, everything is deleted.</summary>
    public bool DeleteRespondent { get; set; }

    /// <summary>Set when the respondent asked for the report; the engine asks <see cref="IReportLinks"/> (which may do I/O).</summary>
    public FinishedAssessmentReference? ReportRequest { get; set; }

    /// <summary>Set when the respondent typed a region's access code; the engine looks it up (I/O) and finishes the turn.</summary>
    public string? RegionCodeRequest { get; set; }

    /// <summary>The rules' last verdict in this turn and the input it was for (<see cref="DialogServices.Evaluate"/>).</summary>
    public (AssessmentInput Input, AssessmentResult Result)? Evaluation { get; set; }

    /// <summary>Set when the recogniser could not read an answer in the respondent's own words; a second reader may still propose a phase.</summary>
    public UnreadAnswer? UnreadAnswer { get; set; }

    public void Say(string text) => Replies.Add(new TextReply(text));

    public void Add(Reply reply) => Replies.Add(reply);

    public bool IsDone(string slot) => State.Done.Contains(slot);

    public void MarkDone(string slot)
    {
        if (!State.Done.Contains(slot))
        {
            State.Done.Add(slot);
        }
    }
}
