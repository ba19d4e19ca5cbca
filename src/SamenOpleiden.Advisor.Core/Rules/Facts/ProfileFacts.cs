using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>The region profile as rules see it (<c>profile</c>): no nulls, so conditions stay short.</summary>
public sealed class ProfileFacts
{
    private readonly RegionProfile _profile;

    public ProfileFacts(RegionProfile profile) => _profile = profile;

    public string RegionType => _profile.RegionType ?? "";
    public int Partnerships => _profile.Partnerships ?? 0;
    public int SectorCount => _profile.Sectors.Count;
    public bool RealisatiegraadBekend => _profile.Realisatiegraad is not null;
    public int Realisatiegraad => _profile.Realisatiegraad ?? 0;
    public string Voltijd => _profile.Voltijd ?? "";
    public string Deeltijd => _profile.Deeltijd ?? "";
    public string ZijInstromers => _profile.ZijInstromers ?? "";
    public bool Grensgevallen => _profile.Grensgevallen ?? false;

    /// <summary>True when the partnerships include <paramref name="sector"/>.</summary>
    public bool HasSector(string sector) => _profile.HasSector(sector);
}
