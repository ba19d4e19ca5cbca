namespace SamenOpleiden.Advisor.Core.Assessment;

/// <summary>Input the rules cannot evaluate (unknown focus point, phase out of range); the message is Dutch and names the problem.</summary>
public sealed class AssessmentInputException(string message) : Exception(message);
