namespace SamenOpleiden.Advisor.Core.Assessment;

/// <summary>
/// What a region is like, as the respondent told it. Region-profile rules read these fields to
/// add or reorder advice; every field is optional, because a respondent may not know.
/// </summary>
public sealed record RegionProfile
{
    /// <summary>The Onderwijsregio's name.</summary>
    public string? RegionName { get; init; }

    /// <summary><c>tekort</c> (teacher shortage) or <c>krimp</c> (shrinking numbers).</summary>
    public string? RegionType { get; init; }

    /// <summary>How many partnerships (opleidingsscholen) the region has.</summary>
    public int? Partnerships { get; init; }

    /// <summary>Sectors in the partnerships: po, vo, mbo, vso, so.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>Realisatiegraad '100% Samen Opleiden' in percent (0-100).</summary>
    public int? Realisatiegraad { get; init; }

    /// <summary>How voltijd students are embedded: <c>volledig</c>, <c>deels</c> or <c>buiten</c>.</summary>
    public string? Voltijd { get; init; }

    /// <summary>How deeltijd students are embedded: <c>volledig</c>, <c>deels</c> or <c>buiten</c>.</summary>
    public string? Deeltijd { get; init; }

    /// <summary>How zij-instromers are embedded: <c>volledig</c>, <c>deels</c> or <c>buiten</c>.</summary>
    public string? ZijInstromers { get; init; }

    /// <summary>Free-text notes on the realisatiegraad; shown in reports, never read by rules.</summary>
    public string? RealisatieToelichting { get; init; }

    /// <summary>Whether partners lie outside the region's formal borders.</summary>
    public bool? Grensgevallen { get; init; }

    /// <summary>The respondent's role, e.g. bestuurder, HR, schoolopleider.</summary>
    public string? Role { get; init; }

    /// <summary>True when the sectors include <paramref name="sector"/>; rules use this.</summary>
    public bool HasSector(string sector) => Sectors.Contains(sector, StringComparer.OrdinalIgnoreCase);
}
