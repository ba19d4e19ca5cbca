namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>Regions, their secrets and their rounds. Secrets are stored as hashes and compared in constant time.</summary>
public interface IRegionDirectory
{
    /// <summary>Creates a region with a fresh coordinator token and access code; the id is derived from the name.</summary>
    Task<CreatedRegion> CreateAsync(string name, CancellationToken cancellationToken);

    /// <summary>Adds or updates a region whose secrets come from configuration.</summary>
    Task RegisterAsync(CreatedRegion region, CancellationToken cancellationToken);

    /// <summary>The region whose access code this is (case and spaces ignored), or null.</summary>
    Task<RegionMembership?> TryJoinAsync(string accessCode, CancellationToken cancellationToken);

    /// <summary>The region with this id, or null.</summary>
    Task<RegionDetails?> FindAsync(string regionId, CancellationToken cancellationToken);

    /// <summary>True only when <paramref name="coordinatorToken"/> is the coordinator token of this very region.</summary>
    Task<bool> IsCoordinatorAsync(string regionId, string? coordinatorToken, CancellationToken cancellationToken);

    /// <summary>Opens the next round of the region and returns its number.</summary>
    Task<int> OpenRoundAsync(string regionId, CancellationToken cancellationToken);
}
