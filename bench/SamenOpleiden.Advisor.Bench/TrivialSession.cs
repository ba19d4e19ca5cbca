using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace SamenOpleiden.Advisor.Bench;

/// <summary>
/// The baseline of <see cref="RulesBenchmark"/>: what NRules itself costs for the least a session can do, a new
/// session with one rule, one fact inserted and the rule fired.
/// </summary>
internal sealed class TrivialSession
{
    private readonly ISessionFactory _factory;

    public TrivialSession()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(OneFactRule)));
        _factory = repository.Compile();
    }

    public void Run()
    {
        var session = _factory.CreateSession();
        session.Insert(new Fact());
        session.Fire();
    }

    /// <summary>The one fact.</summary>
    public sealed class Fact
    {
        public bool Seen { get; set; }
    }

    /// <summary>The one rule: it marks the fact as seen.</summary>
    public sealed class OneFactRule : Rule
    {
        public override void Define()
        {
            Fact fact = null!;
            When().Match(() => fact, f => !f.Seen);
            Then().Do(_ => fact.See());
        }
    }
}

internal static class FactExtensions
{
    public static void See(this TrivialSession.Fact fact) => fact.Seen = true;
}
