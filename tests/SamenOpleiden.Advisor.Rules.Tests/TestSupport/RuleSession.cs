using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace SamenOpleiden.Advisor.Rules.Tests.TestSupport;

/// <summary>
/// A session of just the rules under test: insert a few facts, fire as the evaluator does (linked facts propagate per
/// firing cycle until nothing changes), then assert what fired, with which facts, and what was yielded.
/// </summary>
internal sealed class RuleSession
{
    private readonly ISession _session;
    private readonly List<(string Rule, IReadOnlyList<object?> Facts)> _fired = [];

    private RuleSession(ISession session)
    {
        _session = session;
        _session.AutoPropagateLinkedFacts = false;
        _session.Events.RuleFiredEvent += (_, e) => _fired.Add((e.Rule.Name, e.Facts.Select(f => f.Value).ToList()));
    }

    /// <summary>A session of <paramref name="rules"/> alone, compiled as the rule set compiles them.</summary>
    public static RuleSession Of(params Rule[] rules)
    {
        var factory = new RuleDefinitionFactory();
        return new RuleSession(new RuleCompiler().Compile(rules.Select(factory.Create)).CreateSession());
    }

    public RuleSession Fire(params object[] facts)
    {
        _session.InsertAll(facts);
        do _session.Fire();
        while (_session.PropagateLinked().Any());
        return this;
    }

    /// <summary>Every firing: the rule's name and the facts it matched.</summary>
    public IReadOnlyList<(string Rule, IReadOnlyList<object?> Facts)> Fired => _fired;

    /// <summary>The facts of type <typeparamref name="T"/> in the session once it has settled.</summary>
    public IReadOnlyList<T> Facts<T>() => _session.Query<T>().AsEnumerable().ToList();

    /// <summary>The one fact of type <typeparamref name="T"/>; fails when there is none or more than one.</summary>
    public T Single<T>() => Assert.Single(Facts<T>());
}
