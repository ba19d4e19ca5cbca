using SamenOpleiden.Advisor.Testing;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Host.Tests.Web.Security;

/// <summary>Every answer of the service carries the security headers, whatever page or status it is.</summary>
public sealed class SecurityHeadersTests : IDisposable
{
    private readonly AdvisorHost _app = AdvisorHost.ForWebChat();

    [Fact]
    public async Task EveryPageCarriesThePolicyNoSniffingAndFrameAncestorsFromTheConfiguredSites()
    {
        var http = _app.CreateClient();
        var requests = new (HttpMethod Method, string Path)[]
        {
            (HttpMethod.Get, "/"), (HttpMethod.Get, "/index.html"), (HttpMethod.Get, "/embed.js"), (HttpMethod.Get, "/css/site.css"),
            (HttpMethod.Get, "/rapport/onbekend"), (HttpMethod.Get, "/regio/onbekend?token=fout"), (HttpMethod.Get, "/healthz"), (HttpMethod.Get, "/readyz"),
            (HttpMethod.Post, "/api/webchat/token"), (HttpMethod.Post, "/v3/directline/conversations"), (HttpMethod.Post, "/api/messages"),
            (HttpMethod.Get, "/bestaat-niet"),
        };

        var missing = new List<string>();
        foreach (var (method, path) in requests)
        {
            using var response = await http.SendAsync(new HttpRequestMessage(method, path));
            var policy = response.Headers.TryGetValues("Content-Security-Policy", out var values) ? values.Single() : "";
            var noSniff = response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) && sniff.Single() == "nosniff";
            if (!policy.Contains("frame-ancestors 'self' https://site.example", StringComparison.Ordinal)
                || !policy.Contains("script-src 'self' ", StringComparison.Ordinal)
                || !policy.Contains("object-src 'none'", StringComparison.Ordinal) || !noSniff)
            {
                missing.Add($"{method} {path} ({(int)response.StatusCode}): '{policy}', nosniff {noSniff}");
            }
        }

        ReliabilityLog.Write($"hardening #9 security headers: {requests.Length} pages and endpoints, {requests.Length - missing.Count} with the policy, nosniff and frame-ancestors");
        Assert.Empty(missing);
    }

    [Fact]
    public async Task OnlyTheServicesOwnScriptsMayRunOnItsPages()
    {
        using var response = await _app.CreateClient().GetAsync("/");
        var directives = response.Headers.GetValues("Content-Security-Policy").Single().Split(';', StringSplitOptions.TrimEntries);

        var scripts = Assert.Single(directives, d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.DoesNotContain("'unsafe-inline'", scripts, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", scripts, StringComparison.Ordinal);
        Assert.DoesNotContain("*", scripts, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", directives);
        Assert.Contains("base-uri 'none'", directives);
    }

    public void Dispose() => _app.Dispose();
}
