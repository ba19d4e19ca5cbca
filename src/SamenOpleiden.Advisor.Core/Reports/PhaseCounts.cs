namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>Respondents per phase; <see cref="Unknown"/> counts "weet ik niet".</summary>
public sealed record PhaseCounts(int Phase1, int Phase2, int Phase3, int Unknown)
{
    /// <summary>The count of one phase (1-3).</summary>
    public int Of(int phase) => phase switch { 1 => Phase1, 2 => Phase2, 3 => Phase3, _ => Unknown };
}
