namespace SamenOpleiden.Advisor.Host.Web.Security;

/// <summary>
/// The reverse proxies in front of the service (section <c>ForwardedHeaders</c>): <c>KnownProxies</c>, IP addresses,
/// and/or <c>KnownNetworks</c>, CIDR ranges; arrays or comma-separated. See <see cref="ForwardedHeadersSetup"/>.
/// </summary>
internal sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    public List<string> KnownProxies { get; set; } = [];

    public List<string> KnownNetworks { get; set; } = [];

    public bool AnyProxy => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
