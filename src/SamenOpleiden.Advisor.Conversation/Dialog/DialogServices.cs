using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>What the dialog needs from outside: the rules, the recogniser, a clock, and what leaves the service.</summary>
internal sealed class DialogServices(
    IAssessmentEvaluator evaluator,
    IPhaseRecognizer recognizer,
    FocusPointMatcher focusPoints,
    TimeProvider clock,
    bool adviceLeavesService = false,
    bool asksRegionCode = false,
    bool answersLeaveService = false)
{
    /// <summary>True when advice is sent to a language model to be reworded; the privacy notice must say so.</summary>
    public bool AdviceLeavesService { get; } = adviceLeavesService;

    /// <summary>True when answers the recogniser cannot read are sent to a language model; the privacy notice must say so.</summary>
    public bool AnswersLeaveService { get; } = answersLeaveService;

    public IAssessmentEvaluator Evaluator { get; } = evaluator;

    public TypologyModel Typology => Evaluator.Typology;

    public IPhaseRecognizer Recognizer { get; } = recognizer;

    public FocusPointMatcher FocusPoints { get; } = focusPoints;

    public TimeProvider Clock { get; } = clock;

    /// <summary>True when the host can join regions, so the profile starts with the region code question.</summary>
    public bool AsksRegionCode { get; } = asksRegionCode;

    /// <summary>
    /// The rules' verdict on the answers so far, the only source of phases, typering and advice. A turn evaluates the
    /// rules once: asked again with the same answers, it gets the verdict it already has.
    /// </summary>
    public AssessmentResult Evaluate(DialogTurn turn)
    {
        var input = AssessmentInputBuilder.From(turn.State, Typology);
        if (turn.Evaluation is { } last && AssessmentInputBuilder.Same(last.Input, input)) return last.Result;
        var result = Evaluator.Evaluate(input);
        turn.Evaluation = (input, result);
        return result;
    }
}
