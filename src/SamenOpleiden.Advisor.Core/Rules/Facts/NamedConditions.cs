namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>
/// The conditions a data row names, equal to another row's when they name the same conditions in the same order: NRules
/// builds equal rule conditions into one node of its network, and a condition that reads a row's list is equal to
/// another when the lists are, so rows that ask the same of the profile share that test.
/// </summary>
internal sealed class NamedConditions(List<RegionCondition> conditions) : IReadOnlyList<RegionCondition>
{
    public int Count => conditions.Count;

    public RegionCondition this[int index] => conditions[index];

    public IEnumerator<RegionCondition> GetEnumerator() => conditions.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public override bool Equals(object? obj) => obj is NamedConditions other && conditions.SequenceEqual(other);

    public override int GetHashCode() => conditions.Count;
}
