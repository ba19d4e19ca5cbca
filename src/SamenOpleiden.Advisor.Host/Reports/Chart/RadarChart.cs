namespace SamenOpleiden.Advisor.Host.Reports.Chart;

/// <summary>What a radar chart shows: one axis per focus point, rings for phase 1-3, closed series and target arrows.</summary>
/// <param name="IdPrefix">Makes the SVG's ids unique within a page.</param>
/// <param name="Title">The SVG's &lt;title&gt;: what the chart is.</param>
/// <param name="Description">The SVG's &lt;desc&gt;: the data in words, for screen readers.</param>
internal sealed record RadarChart(
    string IdPrefix,
    string Title,
    string Description,
    IReadOnlyList<RadarAxis> Axes,
    IReadOnlyList<RadarSeries> Series,
    IReadOnlyList<RadarTarget> Targets);

/// <summary>One axis: a focus point, labelled with its number and short name.</summary>
internal sealed record RadarAxis(string Id, string Label);

/// <summary>A closed line through one value per axis (phase 0-3; null = unknown, drawn in the centre with a hollow marker).</summary>
internal sealed record RadarSeries(string Name, IReadOnlyList<double?> Values, RadarLineStyle Line, RadarMarker Marker);

/// <summary>An arrow along one axis from the current phase to the ambition.</summary>
internal sealed record RadarTarget(int AxisIndex, double From, double To, string Name);

/// <summary>Line styles that stay apart on a black-and-white print.</summary>
internal enum RadarLineStyle
{
    SolidHatched,
    Dashed,
    Dotted,
}

/// <summary>Marker shapes that stay apart on a black-and-white print.</summary>
internal enum RadarMarker
{
    Circle,
    Square,
    Triangle,
}
