namespace SamenOpleiden.Advisor.Core.Assessment;

/// <summary>Evaluates the compiled rules for one assessment. Thread-safe; compiled once, used per turn.</summary>
public interface IAssessmentEvaluator
{
    /// <summary>The content hash of the rules in use.</summary>
    string RulesVersion { get; }

    /// <summary>The typology the rules were loaded with.</summary>
    Typology.TypologyModel Typology { get; }

    /// <summary>Evaluates <paramref name="input"/>; throws <see cref="AssessmentInputException"/> for unknown ids or phases out of range.</summary>
    AssessmentResult Evaluate(AssessmentInput input);
}
