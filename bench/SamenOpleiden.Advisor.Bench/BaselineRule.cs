using NRules.Fluent.Dsl;

namespace SamenOpleiden.Advisor.Bench;

/// <summary>The one rule of the baseline session: it marks the one fact as seen (NRules loads public rule classes only).</summary>
public sealed class BaselineRule : Rule
{
    public override void Define()
    {
        BaselineFact fact = null!;
        When().Match(() => fact, f => !f.Seen);
        Then().Do(_ => fact.See());
    }
}

/// <summary>The one fact of the baseline session.</summary>
public sealed class BaselineFact
{
    public bool Seen { get; private set; }

    public void See() => Seen = true;
}
