namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>Counts over the phases of all focus points, as the typering rules read them.</summary>
public readonly record struct PhaseTally(int Total, int Count1, int Count2, int Count3)
{
    public int Known => Count1 + Count2 + Count3;
    public int Unknown => Total - Known;

    /// <summary>More than half of the known focus points stand on phase 3.</summary>
    public bool MostOnThree => Known > 0 && 2 * Count3 > Known;

    /// <summary>More than half of the known focus points stand on phase 2 or 3.</summary>
    public bool MostOnTwoOrHigher => Known > 0 && 2 * (Count2 + Count3) > Known;

    public static PhaseTally Of(IEnumerable<FocusPhase> phases)
    {
        int total = 0, count1 = 0, count2 = 0, count3 = 0;
        foreach (var phase in phases)
        {
            total++;
            switch (phase.Phase)
            {
                case 1: count1++; break;
                case 2: count2++; break;
                case 3: count3++; break;
            }
        }

        return new PhaseTally(total, count1, count2, count3);
    }
}
