namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>Reads an answer to a focus point question: a choice, a number, a phase name, or the respondent's own words.</summary>
public interface IPhaseRecognizer
{
    PhaseRecognition Recognise(string focusPointId, string text);
}
