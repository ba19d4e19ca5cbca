using SamenOpleiden.Advisor.Testing;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Host.Tests.Composition;
using SamenOpleiden.Advisor.Host.Web.Security;

namespace SamenOpleiden.Advisor.Host.Tests.Web.Security;

/// <summary>
/// Behind the reverse proxy the README describes, every visitor arrives from the proxy's address. With the proxy
/// configured, the limits count per visitor by the address it forwards; from anywhere else the header is ignored.
/// </summary>
public sealed class ForwardedHeadersTests : IDisposable
{
    private readonly AdvisorHost _app = AdvisorHost.ForWebChat();

    public ForwardedHeadersTests()
    {
        _app.Settings["DirectLine:TokensPerMinutePerIp"] = "3";
    }

    [Fact]
    public async Task BehindTheConfiguredProxyEachVisitorHasItsOwnLimit()
    {
        _app.Settings["ForwardedHeaders:KnownProxies"] = "127.0.0.1";
        var baseUrl = _app.StartKestrel();

        var first = await PageTokensAsync(baseUrl, "203.0.113.10", 4);
        var second = await PageTokensAsync(baseUrl, "203.0.113.11", 1);

        Report("behind the configured proxy", first, second);
        Assert.Equal([200, 200, 200, 429], first);
        Assert.Equal([200], second);
    }

    [Fact]
    public async Task FromAProxyThatIsNotConfiguredTheForwardedAddressIsIgnored()
    {
        _app.Settings["ForwardedHeaders:KnownNetworks"] = "10.0.0.0/8";
        var baseUrl = _app.StartKestrel();

        var first = await PageTokensAsync(baseUrl, "203.0.113.10", 4);
        var second = await PageTokensAsync(baseUrl, "203.0.113.11", 1);

        Report("from an address that is not a configured proxy", first, second);
        Assert.Equal([200, 200, 200, 429], first);
        Assert.Equal([429], second);
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies", "proxy.example", "ForwardedHeaders:KnownProxies 'proxy.example' is not an IP address")]
    [InlineData("ForwardedHeaders:KnownNetworks", "10.0.0.0/40", "ForwardedHeaders:KnownNetworks '10.0.0.0/40' is not a network")]
    public void AProxyAddressThatDoesNotParseStopsTheStartNamingTheKey(string key, string value, string expected)
    {
        using var services = ComposedServices.On((key, value));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void ProxiesGivenAsAnArrayAreReadLikeACommaSeparatedList()
    {
        var settings = ComposedServices.Settings<ForwardedHeadersSettings>(
            ("ForwardedHeaders:KnownProxies:0", "10.0.0.1"), ("ForwardedHeaders:KnownProxies:1", "10.0.0.2"), ("ForwardedHeaders:KnownNetworks", "10.1.0.0/16, 10.2.0.0/16"));

        Assert.Equal(["10.0.0.1", "10.0.0.2"], settings.KnownProxies);
        Assert.Equal(["10.1.0.0/16", "10.2.0.0/16"], settings.KnownNetworks);
    }

    public void Dispose() => _app.Dispose();

    private static void Report(string where, List<int> first, List<int> second) =>
        ReliabilityLog.Write($"hardening #6 forwarded headers, {where}, 3 page tokens a minute per client: visitor A {string.Join(" ", first)}, then visitor B {string.Join(" ", second)}");

    private static async Task<List<int>> PageTokensAsync(Uri baseUrl, string forwardedFor, int count)
    {
        using var http = new HttpClient { BaseAddress = baseUrl };
        http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        var statuses = new List<int>();
        for (var i = 0; i < count; i++)
        {
            using var response = await http.PostAsync("/api/webchat/token", null);
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }
}
