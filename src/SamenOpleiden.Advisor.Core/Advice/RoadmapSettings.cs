namespace SamenOpleiden.Advisor.Core.Advice;

/// <summary>How advice is spread over the steps (<c>rules/roadmap.json</c>).</summary>
public sealed record RoadmapSettings(IReadOnlyList<StepSetting> Steps, IReadOnlyList<Dependency> Dependencies);

/// <summary>A step: at most <paramref name="Max"/> items, each scoring at least <paramref name="MinScore"/> (null: any), due within <paramref name="Horizon"/>.</summary>
public sealed record StepSetting(int Step, string Title, int Max, int? MinScore, string Horizon);

/// <summary>Transition advice for <paramref name="FocusPoint"/> comes in a later step than transition advice for the focus points in <paramref name="After"/>.</summary>
public sealed record Dependency(string Id, string FocusPoint, IReadOnlyList<string> After, string Reason);
