using System.Xml.Linq;
using static SamenOpleiden.Advisor.Host.Reports.Chart.SvgGeometry;

namespace SamenOpleiden.Advisor.Host.Reports.Chart;

/// <summary>
/// Writes a <see cref="RadarChart"/> as SVG with typed XML (so it is always well-formed): grey rings
/// per phase, one axis per focus point, series told apart by line style and marker shape as well as
/// by shade, and &lt;title&gt;/&lt;desc&gt; for screen readers.
/// </summary>
internal static class RadarSvgWriter
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const double Width = 760, Height = 548, MaxPhase = 3, LabelPhase = 3.5;

    public static XElement Write(RadarChart chart)
    {
        var geometry = new SvgGeometry(chart.Axes.Count, Width / 2, 262, 185, MaxPhase);
        var titleId = chart.IdPrefix + "-title";
        var descId = chart.IdPrefix + "-desc";
        return new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {F(Width)} {F(Height)}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{titleId} {descId}"),
            new XAttribute("class", "radar"),
            new XElement(Svg + "title", new XAttribute("id", titleId), chart.Title),
            new XElement(Svg + "desc", new XAttribute("id", descId), chart.Description),
            Defs(chart.IdPrefix),
            Grid(geometry, chart.Axes.Count),
            Axes(geometry, chart.Axes),
            chart.Series.Select(s => Series(geometry, s, chart)),
            chart.Targets.Count == 0 ? null : Targets(geometry, chart),
            Legend(chart));
    }

    private static XElement Defs(string prefix) =>
        new(Svg + "defs",
            new XElement(Svg + "pattern",
                new XAttribute("id", prefix + "-hatch"), new XAttribute("patternUnits", "userSpaceOnUse"),
                new XAttribute("width", 8), new XAttribute("height", 8), new XAttribute("patternTransform", "rotate(45)"),
                new XElement(Svg + "line", new XAttribute("x1", 0), new XAttribute("y1", 0), new XAttribute("x2", 0), new XAttribute("y2", 8),
                    new XAttribute("stroke", "#555"), new XAttribute("stroke-width", 1.2))),
            new XElement(Svg + "marker",
                new XAttribute("id", prefix + "-arrow"), new XAttribute("viewBox", "0 0 10 10"), new XAttribute("refX", 9), new XAttribute("refY", 5),
                new XAttribute("markerWidth", 7), new XAttribute("markerHeight", 7), new XAttribute("orient", "auto"),
                new XElement(Svg + "path", new XAttribute("d", "M0,0 L10,5 L0,10 z"), new XAttribute("fill", "#000"))));

    private static XElement Grid(SvgGeometry g, int axes) =>
        new(Svg + "g", new XAttribute("class", "rings"),
            Enumerable.Range(1, (int)MaxPhase).Select(phase => new XElement(Svg + "polygon",
                new XAttribute("points", Points(Enumerable.Range(0, axes).Select(a => g.Point(a, phase)))),
                new XAttribute("fill", "none"), new XAttribute("stroke", "#9a9a9a"),
                new XAttribute("stroke-width", phase == MaxPhase ? 1.2 : 0.8))),
            // Ring labels sit just inside their ring, beside the first axis, with a white halo over the hatching.
            Enumerable.Range(1, (int)MaxPhase).Select(phase => new XElement(Svg + "text",
                new XAttribute("class", "ring-label"),
                new XAttribute("x", F(g.CenterX + 5)), new XAttribute("y", F(g.Point(0, phase).Y + 13)),
                new XAttribute("font-size", 11), new XAttribute("fill", "#444"),
                new XAttribute("stroke", "#fff"), new XAttribute("stroke-width", 3), new XAttribute("paint-order", "stroke"),
                $"fase {phase}")));

    private static XElement Axes(SvgGeometry g, IReadOnlyList<RadarAxis> axes) =>
        new(Svg + "g", new XAttribute("class", "axes"),
            axes.Select((axis, i) =>
            {
                var (x, y) = g.Point(i, MaxPhase);
                var (lx, ly) = g.Point(i, LabelPhase);
                var h = g.Horizontal(i);
                var anchor = h > 0.25 ? "start" : h < -0.25 ? "end" : "middle";
                // Text hangs from its baseline: labels below the centre move down a line, those above stay clear of the ring.
                var below = ly > g.CenterY + 20 ? 12 : ly < g.CenterY - 20 ? -4 : 4;
                var aside = anchor == "start" ? 6 : anchor == "end" ? -6 : 0;
                return new XElement(Svg + "g",
                    new XElement(Svg + "line",
                        new XAttribute("class", "axis"), new XAttribute("data-focus-point", axis.Id),
                        new XAttribute("x1", F(g.CenterX)), new XAttribute("y1", F(g.CenterY)),
                        new XAttribute("x2", F(x)), new XAttribute("y2", F(y)),
                        new XAttribute("stroke", "#777"), new XAttribute("stroke-width", 0.8)),
                    new XElement(Svg + "text",
                        new XAttribute("class", "axis-label"),
                        new XAttribute("x", F(lx + aside)), new XAttribute("y", F(ly + below)),
                        new XAttribute("text-anchor", anchor), new XAttribute("font-size", 14), new XAttribute("fill", "#000"),
                        axis.Label));
            }));

    private static XElement Series(SvgGeometry g, RadarSeries series, RadarChart chart)
    {
        var points = series.Values.Select((v, i) => g.Point(i, v ?? 0)).ToList();
        return new XElement(Svg + "g",
            new XAttribute("class", "series"), new XAttribute("data-series", series.Name),
            new XElement(Svg + "polygon",
                new XAttribute("points", Points(points)),
                new XAttribute("fill", series.Line == RadarLineStyle.SolidHatched ? $"url(#{chart.IdPrefix}-hatch)" : "none"),
                new XAttribute("fill-opacity", 0.6),
                new XAttribute("stroke", "#000"), new XAttribute("stroke-width", series.Line == RadarLineStyle.SolidHatched ? 2.2 : 1.6),
                DashArray(series.Line)),
            points.Select((p, i) => Marker(series.Marker, p, series.Values[i] is null,
                $"{chart.Axes[i].Label}: {series.Name} {(series.Values[i] is { } v ? "fase " + F(v) : "onbekend")}")));
    }

    private static XElement Targets(SvgGeometry g, RadarChart chart) =>
        new(Svg + "g", new XAttribute("class", "targets"),
            chart.Targets.Select(t =>
            {
                var from = g.Point(t.AxisIndex, t.From);
                var to = g.Point(t.AxisIndex, t.To);
                return new XElement(Svg + "g",
                    new XAttribute("class", "target"), new XAttribute("data-focus-point", chart.Axes[t.AxisIndex].Id),
                    t.To > t.From
                        ? new XElement(Svg + "line",
                            new XAttribute("x1", F(from.X)), new XAttribute("y1", F(from.Y)), new XAttribute("x2", F(to.X)), new XAttribute("y2", F(to.Y)),
                            new XAttribute("stroke", "#000"), new XAttribute("stroke-width", 1.6), new XAttribute("stroke-dasharray", "5 3"),
                            new XAttribute("marker-end", $"url(#{chart.IdPrefix}-arrow)"))
                        : null,
                    Marker(RadarMarker.Square, to, hollow: true, $"{chart.Axes[t.AxisIndex].Label}: {t.Name} fase {F(t.To)}"));
            }));

    private static XElement Legend(RadarChart chart)
    {
        var entries = chart.Series.Select(s => (s.Name, s.Line, s.Marker, Hollow: false)).ToList();
        if (chart.Targets.Count > 0)
        {
            entries.Add((chart.Targets[0].Name, RadarLineStyle.Dashed, RadarMarker.Square, true));
        }

        return new XElement(Svg + "g", new XAttribute("class", "legend"),
            entries.Select((e, i) =>
            {
                var x = 40 + i * 240;
                var y = Height - 24;
                return new XElement(Svg + "g",
                    new XElement(Svg + "line", new XAttribute("x1", x), new XAttribute("y1", y), new XAttribute("x2", x + 36), new XAttribute("y2", y),
                        new XAttribute("stroke", "#000"), new XAttribute("stroke-width", 2), DashArray(e.Line)),
                    Marker(e.Marker, (x + 18, y), e.Hollow, null),
                    new XElement(Svg + "text", new XAttribute("x", x + 44), new XAttribute("y", y + 4), new XAttribute("font-size", 13), e.Name));
            }));
    }

    private static XAttribute? DashArray(RadarLineStyle line) => line switch
    {
        RadarLineStyle.Dashed => new XAttribute("stroke-dasharray", "6 4"),
        RadarLineStyle.Dotted => new XAttribute("stroke-dasharray", "2 3"),
        _ => null,
    };

    private static XElement Marker(RadarMarker marker, (double X, double Y) p, bool hollow, string? tooltip)
    {
        var fill = new XAttribute("fill", hollow ? "#fff" : "#000");
        var stroke = new XAttribute("stroke", "#000");
        var title = tooltip is null ? null : new XElement(Svg + "title", tooltip);
        return marker switch
        {
            RadarMarker.Square => new XElement(Svg + "rect", new XAttribute("x", F(p.X - 5)), new XAttribute("y", F(p.Y - 5)),
                new XAttribute("width", 10), new XAttribute("height", 10), fill, stroke, new XAttribute("stroke-width", 1.6), title),
            RadarMarker.Triangle => new XElement(Svg + "polygon",
                new XAttribute("points", Points([(p.X, p.Y - 6), (p.X + 6, p.Y + 5), (p.X - 6, p.Y + 5)])), fill, stroke, new XAttribute("stroke-width", 1.4), title),
            _ => new XElement(Svg + "circle", new XAttribute("cx", F(p.X)), new XAttribute("cy", F(p.Y)), new XAttribute("r", 4.5),
                fill, stroke, new XAttribute("stroke-width", 1.6), title),
        };
    }
}
