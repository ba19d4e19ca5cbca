using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Rules.Tests.TestSupport;

/// <summary>Small facts and data rows for rule tests, with the real ids where a rule names one.</summary>
internal static class Given
{
    public static readonly string[] FocusPoints =
        ["kwaliteit", "doelstellingen", "solidariteit", "professionals-hr", "integraal-systeem", "lerende-centraal", "relaties",
         "organisatiestructuur", "toekomstbestendigheid", "loopbaan", "financien"];

    public static FocusPointAnswer Answer(string focusPoint, int? chosen) => new(focusPoint, Array.IndexOf(FocusPoints, focusPoint), chosen);

    public static FocusPhase Phase(string focusPoint, int? phase) => new(focusPoint, Array.IndexOf(FocusPoints, focusPoint), phase);

    /// <summary>Every focus point on <paramref name="phase"/> except the ones given in <paramref name="others"/>.</summary>
    public static FocusPhase[] Phases(int? phase, params (string FocusPoint, int? Phase)[] others) =>
        FocusPoints.Select(f => Phase(f, others.Where(o => o.FocusPoint == f).Select(o => o.Phase).DefaultIfEmpty(phase).First())).ToArray();

    public static Region Region(string? type = null, int? partnerships = null, string? zijInstromers = null) =>
        new(new RegionProfile { RegionType = type, Partnerships = partnerships, ZijInstromers = zijInstromers });

    public static RegionPhase RegionOn(int? phase, params (string FocusPoint, int? Phase)[] others) =>
        RegionPhase.Of(phase, Phases(phase, others));

    public static AdviceDefinition Advice(string id, string? focusPoint = null, string? transition = null, bool variant = false) =>
        new(id, focusPoint, transition, variant, $"Titel van {id}", ["Eerste actie.", "Tweede actie."], [], "regiocoördinator", ["bestuurders"], null);

    /// <summary>Transition advice for every focus point and phase, as <c>advice/</c> holds it.</summary>
    public static AdviceCatalog Catalog(params AdviceDefinition[] more) =>
        new([.. FocusPoints.SelectMany(f => new[] { "1-2", "2-3", "3" }.Select(t => Advice($"{f}-{t}", f, t))), .. more]);

    public static AdviceCandidate Candidate(string focusPoint, int? phase, string kind = AdviceKinds.Transition, int weight = 0) =>
        new(Advice($"{focusPoint}-{kind}", focusPoint, kind == AdviceKinds.Transition ? "1-2" : null), kind, phase, weight);

    public static PriorityWeights Weights(params (string Rule, int Weight)[] weights) =>
        new(weights.ToDictionary(w => w.Rule, w => w.Weight));

    public static TypologyModel Typology() =>
        new([new PhaseDefinition(1, "Functioneel Verbonden", ""), new PhaseDefinition(2, "Samenwerkend Systeem", ""), new PhaseDefinition(3, "Regionale Samenwerking", "")],
            FocusPoints.Select(f => new FocusPoint(f, f, f, f, $"Vraag over {f}?", ["een", "twee", "drie"], [])).ToList());
}
