namespace SamenOpleiden.Advisor.Core.Advice;

/// <summary>All advice texts of <c>rules/advice</c>, found by id or by focus point and transition.</summary>
public sealed class AdviceCatalog
{
    private readonly Dictionary<string, AdviceDefinition> _byId;
    private readonly Dictionary<(string FocusPoint, string Transition), AdviceDefinition> _byTransition;

    public AdviceCatalog(IReadOnlyList<AdviceDefinition> items)
    {
        Items = items;
        _byId = items.ToDictionary(a => a.Id, StringComparer.Ordinal);
        // Two items for one transition are a fault the reader reports; the catalog keeps the first.
        _byTransition = items.Where(a => a is { FocusPoint: not null, Transition: not null })
            .GroupBy(a => (a.FocusPoint!, a.Transition!))
            .ToDictionary(g => g.Key, g => g.First());
    }

    public IReadOnlyList<AdviceDefinition> Items { get; }

    /// <summary>The advice with this id; a rule that names an unknown id cannot be built, and the validator says so.</summary>
    public AdviceDefinition ById(string id) =>
        _byId.GetValueOrDefault(id) ?? throw new InvalidOperationException($"onbekend advies '{id}'; adviezen staan in advice/");

    public AdviceDefinition? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The advice of <paramref name="focusPoint"/> for <paramref name="phase"/>: 1 → 1-2, 2 → 2-3, 3 → keep and deepen.</summary>
    public AdviceDefinition ForPhase(string focusPoint, int phase) => _byTransition[(focusPoint, TransitionOf(phase))];

    /// <summary>1 → <c>1-2</c>, 2 → <c>2-3</c>, 3 → <c>3</c>.</summary>
    /// <remarks>Constant strings: the advice rules ask this for every focus point of every evaluation.</remarks>
    public static string TransitionOf(int phase) => phase switch
    {
        1 => "1-2",
        2 => "2-3",
        3 => "3",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "a phase is 1, 2 or 3"),
    };
}
