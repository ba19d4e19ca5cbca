using System.Text.Json;
using SamenOpleiden.Advisor.BotFramework.Cards;
using SamenOpleiden.Advisor.BotFramework.Tests.TestSupport;

namespace SamenOpleiden.Advisor.BotFramework.Tests.Cards;

/// <summary>Every card the bot sends, checked by the Adaptive Cards parser (npm adaptivecards 3.0.6) at schema 1.5.</summary>
[Trait("Needs", "Process")]
public sealed class AdaptiveCardSchemaTests
{
    [Fact]
    public async Task ReplyCards_EveryReplyKind_IsAValidAdaptiveCard15()
    {
        var cards = new Dictionary<string, AdaptiveCard>
        {
            ["question-teams"] = ReplyCards.Question(SampleReplies.Question, ChoiceButtons.Teams),
            ["question-webchat"] = ReplyCards.Question(SampleReplies.Question, ChoiceButtons.WebChat),
            ["question-without-progress"] = ReplyCards.Question(SampleReplies.Question with { Progress = null }, ChoiceButtons.Teams),
            ["summary"] = ReplyCards.Summary(SampleReplies.Summary),
            ["advice-step"] = ReplyCards.AdviceStep(SampleReplies.AdviceStep, ChoiceButtons.Teams),
            ["advice-step-with-choices"] = ReplyCards.AdviceStep(SampleReplies.Result.Step, ChoiceButtons.WebChat),
            ["result-teams"] = ReplyCards.Result(SampleReplies.Result, ChoiceButtons.Teams),
            ["result-webchat"] = ReplyCards.Result(SampleReplies.Result, ChoiceButtons.WebChat),
            ["profile-form"] = ReplyCards.Form(SampleReplies.Form),
            ["report-link"] = ReplyCards.ReportLink(SampleReplies.Report, new Uri("https://adviseur.example.nl/rapport/abc123")),
        };

        var (exitCode, output) = await ValidateAsync(cards.ToDictionary(c => c.Key, c => AdaptiveCardAttachment.ToJson(c.Value).GetRawText()));

        Assert.True(exitCode == 0, output);
        Assert.Equal(cards.Count, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Contains("\"issues\":[]", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Validator_CardWithUnknownElementAndProperty_IsRefused()
    {
        var card = JsonSerializer.Serialize(new
        {
            type = "AdaptiveCard",
            version = "1.5",
            body = new object[] { new { type = "TextBlock", text = "ok", wrap = true }, new { type = "Carousel" }, new { type = "TextBlock", text = "x", colour = "red" } },
        });

        var (exitCode, output) = await ValidateAsync(new Dictionary<string, string> { ["bad"] = card });

        Assert.Equal(1, exitCode);
        Assert.Contains("Carousel", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validator_CardAboveVersion15_IsRefused()
    {
        var card = JsonSerializer.Serialize(new { type = "AdaptiveCard", version = "1.6", body = new[] { new { type = "TextBlock", text = "ok" } } });

        var (exitCode, output) = await ValidateAsync(new Dictionary<string, string> { ["too-new"] = card });

        Assert.Equal(1, exitCode);
        Assert.Contains("not 1.5 or lower", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> ValidateAsync(IReadOnlyDictionary<string, string> cards)
    {
        var folder = Directory.CreateTempSubdirectory("cards-");
        try
        {
            var files = cards.Select(c =>
            {
                var path = Path.Combine(folder.FullName, $"{c.Key}.json");
                File.WriteAllText(path, c.Value);
                return path;
            }).ToList();
            return await SchemaPackages.RunNodeAsync("validate-adaptive-cards.cjs", files);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
