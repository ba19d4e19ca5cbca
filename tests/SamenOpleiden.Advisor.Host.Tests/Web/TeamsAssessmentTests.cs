using SamenOpleiden.Advisor.Testing;
using System.Text.Json;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Host.Tests.Web;

/// <summary>A whole assessment as a Teams user does it, through /api/messages with the real conversation and rules.</summary>
public class TeamsAssessmentTests
{
    private static readonly string[] Profile = ["geen", "Binnenmeren", "krimp", "3", "po, vo en mbo", "75", "volledig", "weet ik niet", "buiten", "nee", "ja", "schoolopleider"];

    /// <summary>
    /// Binnenmeren's answers, typed (the profile form then gives way to one question at a time): free text for the first
    /// focus point, confirmed, with a remark added afterwards; phase 1 for the other ten.
    /// </summary>
    internal static IEnumerable<string> BinnenmerenAnswers()
    {
        foreach (var line in Profile)
        {
            yield return line;
        }

        yield return "Elk partnerschap bepaalt eigen accenten.";
        yield return "ja";
        yield return "toelichting kwaliteit: Dit is onze eigen inschatting.";
        for (var i = 1; i < 11; i++)
        {
            yield return "1";
        }

        yield return "organisatiestructuur en kwaliteit";
    }

    [Fact]
    public async Task AWholeAssessmentThroughApiMessagesWithCardButtonsEndsInTheTyperingAndStepOneAdvice()
    {
        await using var app = new AdvisorHost(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["Storage:SqlitePath"] = AppFiles.TempDatabase(),
        });
        var chat = new TeamsChat(app.CreateClient(), "a:teams-assessment");
        var pressed = 0;

        var welcome = await chat.InstallAsync();
        Assert.StartsWith("Welkom!", welcome[0].GetProperty("text").GetString());
        foreach (var answer in BinnenmerenAnswers())
        {
            // Where the question offers this answer as a button, press it as a Teams user would; otherwise type it.
            if (chat.LastReplies.SelectMany(TeamsChat.Buttons).Any(b => ChoiceOf(b) == answer))
            {
                await chat.PressAsync(button => ChoiceOf(button) == answer);
                pressed++;
            }
            else
            {
                await chat.SayAsync(answer);
            }
        }

        var result = string.Join("\n", chat.LastReplies.Select(r => r.GetRawText()));
        Assert.True(pressed >= 10, $"only {pressed} buttons pressed:\n{string.Join("\n", chat.Transcript)}");
        Assert.Contains("Functioneel Verbonden", result);
        Assert.Contains("Stap 1", result);
        Assert.Contains(chat.LastReplies, r => r.TryGetProperty("attachments", out _));
    }

    private static string? ChoiceOf(JsonElement button) =>
        button.GetProperty("data").TryGetProperty("choice", out var choice) ? choice.GetString() : null;
}
