using SamenOpleiden.Advisor.Testing;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Host.Tests.Web;

namespace SamenOpleiden.Advisor.Host.Tests.Rephrasing;

/// <summary>
/// The whole service in memory with the rephrasing layer configured as an operator would, pointed
/// at a <see cref="FakeChatServer"/>; respondents chat through /api/messages as Teams users.
/// </summary>
internal sealed class RephrasingService : IAsyncDisposable
{
    private readonly AdvisorHost _app;

    /// <param name="server">The fake model; null for a service without any <c>Rephrasing</c> settings (the rule path).</param>
    /// <param name="enabled">The value of <c>Rephrasing:Enabled</c>.</param>
    /// <param name="extra">More settings, e.g. a shared <c>Storage:SqlitePath</c> or a shorter <c>Rephrasing:TimeoutSeconds</c>.</param>
    public RephrasingService(FakeChatServer? server, bool enabled = true, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["MicrosoftAppId"] = "" };
        if (server is not null)
        {
            settings["Rephrasing:Enabled"] = enabled ? "true" : "false";
            settings["Rephrasing:Endpoint"] = server.Endpoint;
            settings["Rephrasing:Model"] = "fake-model";
            settings["Rephrasing:ApiKey"] = "sk-test-host";
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        _app = new AdvisorHost(settings);
    }

    /// <summary>Every log line of the service: level, category and message.</summary>
    public IReadOnlyList<FakeLogRecord> Logs => _app.Logs.GetSnapshot();

    public TeamsChat Chat(string conversationId) => new(_app.CreateClient(), conversationId);

    /// <summary>A respondent who answers Binnenmeren's case up to the result; the last turn's duration is measured.</summary>
    public async Task<(TeamsChat Chat, TimeSpan LastTurn)> FinishAssessmentAsync(string conversationId)
    {
        var chat = Chat(conversationId);
        await chat.InstallAsync();
        var answers = TeamsAssessmentTests.BinnenmerenAnswers().ToList();
        foreach (var answer in answers.SkipLast(1))
        {
            await chat.SayAsync(answer);
        }

        var clock = Stopwatch.StartNew();
        await chat.SayAsync(answers[^1]);
        return (chat, clock.Elapsed);
    }

    /// <summary>Every string a reply carries (text, card text, button values), which is what a respondent can see.</summary>
    public static string Visible(IEnumerable<JsonElement> replies) => string.Join("\n", replies.SelectMany(Strings));

    /// <summary>The one reply that holds a roadmap step's card.</summary>
    public static JsonElement AdviceStep(IEnumerable<JsonElement> replies) =>
        replies.Single(r => Visible([r]).Contains("Stap ", StringComparison.Ordinal) && Visible([r]).Contains("Wanneer", StringComparison.Ordinal));

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
