namespace SamenOpleiden.Advisor.BotFramework.Teams;

/// <summary>
/// Draws the app's icons: two interlocking rings ("samen") in white. The colour icon is 192×192 with the symbol in the
/// central 96×96 on the accent colour; the outline icon is 32×32, white on transparent, with no padding (bot-framework.md §4.7).
/// </summary>
internal static class AppIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;
    private const int Supersampling = 4;

    public static byte[] Color((byte R, byte G, byte B) accent) =>
        PngImage.Encode(ColorSize, ColorSize, Draw(ColorSize, symbolSize: 96, background: accent));

    public static byte[] Outline() => PngImage.Encode(OutlineSize, OutlineSize, Draw(OutlineSize, symbolSize: OutlineSize, background: null));

    private static byte[] Draw(int size, int symbolSize, (byte R, byte G, byte B)? background)
    {
        var pixels = new byte[size * size * 4];
        var offset = (size - symbolSize) / 2.0;
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var coverage = Coverage((x - offset) / symbolSize, (y - offset) / symbolSize, 1.0 / symbolSize);
                var i = (y * size + x) * 4;
                if (background is { } bg)
                {
                    // White symbol blended over an opaque background.
                    pixels[i] = Blend(bg.R, coverage);
                    pixels[i + 1] = Blend(bg.G, coverage);
                    pixels[i + 2] = Blend(bg.B, coverage);
                    pixels[i + 3] = 255;
                }
                else
                {
                    pixels[i] = pixels[i + 1] = pixels[i + 2] = 255;
                    pixels[i + 3] = (byte)Math.Round(coverage * 255);
                }
            }
        }

        return pixels;
    }

    private static byte Blend(byte background, double white) => (byte)Math.Round(background + (255 - background) * white);

    /// <summary>How much of the pixel at (u, v) — in symbol units, 0..1 — the symbol covers, antialiased.</summary>
    private static double Coverage(double u, double v, double pixel)
    {
        var hits = 0;
        for (var sy = 0; sy < Supersampling; sy++)
        {
            for (var sx = 0; sx < Supersampling; sx++)
            {
                var pu = u + (sx + 0.5) * pixel / Supersampling;
                var pv = v + (sy + 0.5) * pixel / Supersampling;
                if (InRing(pu, pv, 0.36, 0.5) || InRing(pu, pv, 0.64, 0.5))
                {
                    hits++;
                }
            }
        }

        return hits / (double)(Supersampling * Supersampling);
    }

    private static bool InRing(double u, double v, double centerU, double centerV)
    {
        const double outer = 0.34;
        const double inner = 0.24;
        var d2 = (u - centerU) * (u - centerU) + (v - centerV) * (v - centerV);
        return d2 <= outer * outer && d2 >= inner * inner;
    }
}
