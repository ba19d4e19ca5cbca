using NRules;
using NRules.Fluent;

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
        repository.Load(spec => spec.From(typeof(BaselineRule)));
        _factory = repository.Compile();
    }

    /// <summary>One run; returns how many rules fired (one).</summary>
    public int Run()
    {
        var session = _factory.CreateSession();
        session.Insert(new BaselineFact());
        return session.Fire();
    }
}
