namespace SamenOpleiden.Advisor.Host.Reports.Html;

/// <summary>The addresses a region view links to; each carries the coordinator's token, so they work only for the coordinator.</summary>
/// <remarks>Public because the region view page takes it as a parameter, and Razor components are always public.</remarks>
public sealed record RegionViewLinks(string RegionId, string CoordinatorToken)
{
    private string Token => Uri.EscapeDataString(CoordinatorToken);

    private string Base => "/regio/" + Uri.EscapeDataString(RegionId);

    public string View(int round) => $"{Base}?token={Token}&ronde={round}";

    public string Csv(int round) => $"{Base}.csv?token={Token}&ronde={round}";

    public string Report(string reportId) => $"{Base}/rapport/{Uri.EscapeDataString(reportId)}?token={Token}";

    public string OpenRound => $"{Base}/rondes?token={Token}";
}
