namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>What kind of advice an item is; the <c>kind</c> field of the <c>assess</c> output.</summary>
public static class AdviceKinds
{
    /// <summary>The next step of a focus point, from phase 1 to 2 or 2 to 3.</summary>
    public const string Transition = "transition";

    /// <summary>Keep and deepen a focus point on phase 3.</summary>
    public const string Deepen = "deepen";

    /// <summary>Advice that fits the region's profile or its neighbouring focus points, tied to a focus point.</summary>
    public const string Profile = "profile";

    /// <summary>Advice for the region as a whole, tied to no focus point.</summary>
    public const string General = "general";
}
