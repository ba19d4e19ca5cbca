using System.Globalization;

namespace SamenOpleiden.Advisor.Host.Reports.Chart;

/// <summary>Polar-to-screen maths of the radar chart; the first axis points up, the rest follow clockwise.</summary>
internal sealed class SvgGeometry(int axisCount, double centerX, double centerY, double radius, double maxValue)
{
    public double CenterX => centerX;

    public double CenterY => centerY;

    public double Radius => radius;

    public (double X, double Y) Point(int axis, double value)
    {
        var angle = (-90 + 360.0 * axis / axisCount) * Math.PI / 180;
        var r = radius * Math.Clamp(value, 0, maxValue) / maxValue;
        return (centerX + r * Math.Cos(angle), centerY + r * Math.Sin(angle));
    }

    /// <summary>Cosine of the axis angle: labels on the right start at their point, on the left they end there.</summary>
    public double Horizontal(int axis) => Math.Cos((-90 + 360.0 * axis / axisCount) * Math.PI / 180);

    public static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Points(IEnumerable<(double X, double Y)> points) =>
        string.Join(' ', points.Select(p => $"{F(p.X)},{F(p.Y)}"));
}
