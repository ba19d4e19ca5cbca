using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.Host.Observability;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Host.Tests.Observability;

/// <summary>
/// A value from outside that reaches the log (here a channel token's <c>kid</c>, logged when the key is unknown) cannot
/// add a line of its own: the service's console log writes control characters as escapes.
/// </summary>
[Trait("Needs", "Process")]
public sealed class LogInjectionTests
{
    private const string Injected = "warn: FAKE LOG LINE";

    [Fact]
    public async Task AForgedKidWithALineBreakStaysOnTheLineOfTheEntryThatLogsIt()
    {
        await using var keys = await StartKeyServerAsync();
        await using var service = await AdvisorService.StartAsync(new Dictionary<string, string>
        {
            ["MicrosoftAppId"] = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
            ["MicrosoftAppPassword"] = "secret",
            ["BotFramework__OpenIdMetadataUrl"] = keys.Urls.Single() + "/openid",
        });

        var status = await PostForgedAsync(service.Http);
        for (var wait = 0; wait < 100 && !service.OutputLines.Any(l => l.Contains("FAKE LOG LINE", StringComparison.Ordinal)); wait++)
        {
            await Task.Delay(100);
        }

        var carrying = service.OutputLines.Where(l => l.Contains("FAKE LOG LINE", StringComparison.Ordinal)).ToList();
        ReliabilityLog.Write($"hardening #8 log injection: a token whose kid holds CR LF + '{Injected}' was answered {(int)status}; " +
            $"console lines with the injected text: {carrying.Count}, of which starting a line of their own: {carrying.Count(l => !l.Contains("signing key", StringComparison.Ordinal))}");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        var line = Assert.Single(carrying);
        Assert.Contains("signing key 'x\\r\\nwarn: FAKE LOG LINE' is not published", line, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFormatterWritesEveryControlCharacterAndLineSeparatorAsAnEscape()
    {
        var text = new StringBuilder();
        EscapingConsoleFormatter.Escape("a\rb\nc\td\u0007e\u2028f", text);

        Assert.Equal("a\\rb\\nc\\td\\u0007e\\u2028f", text.ToString());
    }

    private static async Task<HttpStatusCode> PostForgedAsync(HttpClient http)
    {
        var header = Base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"x\\r\\n" + Injected + "\"}");
        var payload = Base64Url("{\"iss\":\"https://api.botframework.com\",\"aud\":\"3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a\"}");
        var activity = """
            {"type":"message","id":"a1","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/",
             "from":{"id":"29:user"},"recipient":{"id":"28:bot"},"conversation":{"id":"a:1"},"text":"hallo"}
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {header}.{payload}.c2lnbmF0dXJl");
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The channel's key metadata on loopback, publishing no keys: every kid is unknown.</summary>
    private static async Task<WebApplication> StartKeyServerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/openid", (HttpContext http) => Results.Json(new
        {
            issuer = "https://api.botframework.com",
            jwks_uri = $"{http.Request.Scheme}://{http.Request.Host}/keys",
        }));
        app.MapGet("/keys", () => Results.Json(new { keys = Array.Empty<object>() }));
        await app.StartAsync();
        return app;
    }

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
