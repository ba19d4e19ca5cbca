namespace SamenOpleiden.Advisor.Core.Typology;

/// <summary>The typology: three phases and eleven focus points, in the order of the typology sheet.</summary>
public sealed class TypologyModel
{
    private readonly Dictionary<string, FocusPoint> _byId;
    private readonly Dictionary<string, int> _index;

    public TypologyModel(IReadOnlyList<PhaseDefinition> phases, IReadOnlyList<FocusPoint> focusPoints)
    {
        Phases = phases;
        FocusPoints = focusPoints;
        _byId = focusPoints.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _index = focusPoints.Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>The phases, 1 to 3.</summary>
    public IReadOnlyList<PhaseDefinition> Phases { get; }

    /// <summary>The focus points in sheet order.</summary>
    public IReadOnlyList<FocusPoint> FocusPoints { get; }

    /// <summary>The focus point with this id, or null.</summary>
    public FocusPoint? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The focus point with this id; throws when the id is unknown.</summary>
    public FocusPoint Get(string id) => _byId[id];

    /// <summary>The phase with this number (1-3).</summary>
    public PhaseDefinition Phase(int number) => Phases[number - 1];

    /// <summary>The position of a focus point in sheet order, used to break ties deterministically.</summary>
    public int IndexOf(string id) => _index.GetValueOrDefault(id, -1);
}
