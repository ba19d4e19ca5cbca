using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Recognition.Measurement;

/// <summary>
/// Runs the recogniser on every situation text of the shared cases and compares it with
/// <c>expected-phases.md</c>: the label or its "also" phase is right; no proposal (null) is not right.
/// </summary>
public static class RecogniserMeasurement
{
    public static MeasurementReport Measure(IPhaseRecognizer recognizer, TypologyModel typology, string casesDirectory)
    {
        var expected = ExpectedPhases.Parse(Path.Combine(casesDirectory, "expected-phases.md"));
        var rows = new List<MeasuredText>();
        foreach (var file in expected.Files.Order(StringComparer.Ordinal))
        {
            var situationCase = SituationCase.Parse(Path.Combine(casesDirectory, file), typology);
            foreach (var focusPoint in typology.FocusPoints)
            {
                var text = situationCase.Situations[focusPoint.Id];
                var (phase, also) = expected.For(file, focusPoint.Id);
                var recognition = recognizer.Recognise(focusPoint.Id, text);
                rows.Add(new MeasuredText(file, focusPoint.Id, text, phase, also, recognition));
            }
        }

        return new MeasurementReport(rows);
    }
}

/// <summary>One situation text, its label and what the recogniser made of it.</summary>
public sealed record MeasuredText(string File, string FocusPoint, string Text, int Expected, int? Also, PhaseRecognition Recognition)
{
    public bool IsRight => Recognition.Phase is { } p && (p == Expected || p == Also);

    /// <summary>A proposal two phases from the label (1 for 3 or 3 for 1): the mistake that must never happen.</summary>
    public bool IsTwoAway => Recognition.Phase is { } p && Math.Abs(p - Expected) >= 2;
}

/// <summary>The figure: how many texts were right, and which were not.</summary>
public sealed record MeasurementReport(IReadOnlyList<MeasuredText> Rows)
{
    public int Right => Rows.Count(r => r.IsRight);

    public double Share => Rows.Count == 0 ? 0 : (double)Right / Rows.Count;

    public int TwoAway => Rows.Count(r => r.IsTwoAway);

    public int Unsure => Rows.Count(r => r.Recognition.Phase is null);

    public string Summary =>
        $"{Right}/{Rows.Count} right ({Share:P1}); {Unsure} without proposal; {TwoAway} two phases away";
}
