using Xunit;
namespace SamenOpleiden.Advisor.Testing.Reports;

/// <summary>The reference phases of the three shared cases (shared/domain/cases/expected-phases.md), in typology order.</summary>
public static class SharedCases
{
    public static readonly IReadOnlyDictionary<string, int[]> Phases = new Dictionary<string, int[]>
    {
        ["vallei-en-velden"] = [1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1],
        ["stad-en-streek"] = [3, 3, 2, 1, 2, 3, 2, 3, 3, 3, 3],
        ["binnenmeren"] = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    };

    public static TheoryData<string> Ids => new(Phases.Keys);
}
