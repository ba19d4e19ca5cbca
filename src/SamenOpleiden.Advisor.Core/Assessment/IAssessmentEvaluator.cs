namespace SamenOpleiden.Advisor.Core.Assessment;

/// <summary>Evaluates the compiled rules for one assessment. Thread-safe; compiled once, used per turn.</summary>
public interface IAssessmentEvaluator
{
    /// <summary>The version of the rules in use: a hash of the data in <c>rules/</c> and the compiled rules.</summary>
    string RulesVersion { get; }

    /// <summary>The typology the rules were loaded with.</summary>
    Typology.TypologyModel Typology { get; }

    /// <summary>Every follow-up question the rules can raise, by id; which ones are raised depends on the answers.</summary>
    IReadOnlyDictionary<string, FollowUpQuestion> FollowUpQuestions { get; }

    /// <summary>Evaluates <paramref name="input"/>; throws <see cref="AssessmentInputException"/> for unknown ids or phases out of range.</summary>
    AssessmentResult Evaluate(AssessmentInput input);
}
