using SamenOpleiden.Advisor.Testing;
using SamenOpleiden.Advisor.Testing.DirectLine;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Host.Tests.Reports;

/// <summary>
/// Region access codes typed in the web chat are limited per client across conversations (default 5 unknown codes per
/// 15 minutes): a new conversation does not start the count again. Behind the configured proxy each visitor counts on
/// their own, by the address the proxy forwards.
/// </summary>
public sealed class AccessCodeGuessingTests : IDisposable
{
    private const string Code = TestRegion.AccessCode;
    private readonly AdvisorHost _app = AdvisorHost.ForWebChat(bot: "advisor");

    public AccessCodeGuessingTests()
    {
        TestRegion.AddTo(_app.Settings);
        _app.Settings["ForwardedHeaders:KnownProxies"] = "127.0.0.1";
    }

    [Fact]
    public async Task UnknownCodesInFiveConversationsBlockTheSixthConversationOfThatVisitorButNoOtherVisitor()
    {
        var baseUrl = _app.StartKestrel();
        var answers = new List<string>();
        for (var conversation = 0; conversation < 5; conversation++)
        {
            var visitor = await StartAsync(baseUrl, "198.51.100.23");
            answers.Add(await visitor.SayAsync($"WRNG-{conversation:D2}XY"));
        }

        var sixth = await (await StartAsync(baseUrl, "198.51.100.23")).SayAsync(Code);
        var otherVisitor = await (await StartAsync(baseUrl, "198.51.100.24")).SayAsync(Code);

        var blocked = answers.Count(a => a.Contains("te veel onbekende regiocodes", StringComparison.Ordinal));
        ReliabilityLog.Write($"hardening #5 access codes: 5 conversations of one web chat visitor with an unknown code each: {5 - blocked} told 'ken ik niet', " +
            $"{blocked} 'te veel'; a 6th conversation with the right code: {(sixth.Contains("te veel", StringComparison.Ordinal) ? "refused" : "joined")}; " +
            $"another visitor with the right code: {(otherVisitor.Contains("Je doet mee", StringComparison.Ordinal) ? "joined" : "refused")}");
        Assert.Equal(1, blocked);
        Assert.Contains("te veel onbekende regiocodes", sixth, StringComparison.Ordinal);
        Assert.Contains("Je doet mee met Onderwijsregio Zuid", otherVisitor, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();

    private static async Task<WebChatVisitor> StartAsync(Uri baseUrl, string forwardedFor)
    {
        var http = new HttpClient { BaseAddress = baseUrl };
        http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return await WebChatVisitor.StartAsync(new DirectLineClient(http));
    }
}
