namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>A region from configuration (<c>Reports:Regions:N</c>); every field is required.</summary>
internal sealed class ConfiguredRegion
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? CoordinatorToken { get; set; }

    public string? AccessCode { get; set; }
}
