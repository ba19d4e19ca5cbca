using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Host.Tests.Web;

/// <summary>
/// A respondent in a Teams 1:1 chat who clicks wherever a button fits: from the install to the result, counted in turns
/// (messages, presses and forms sent), with the whole service behind /api/messages and a fake Connector.
/// </summary>
public sealed class TeamsClickingRespondentTests : IAsyncLifetime
{
    /// <summary>Most phases 1 with two 2s, like Binnenmeren: answers the rules may question with a follow-up.</summary>
    internal static readonly string[] Phases = ["Fase 1", "Fase 1", "Fase 1", "Fase 2", "Fase 1", "Fase 1", "Fase 2", "Fase 1", "Fase 1", "Fase 1", "Fase 1"];

    private TeamsService _teams = null!;

    public async Task InitializeAsync() => _teams = await TeamsService.StartAsync();

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    [Fact]
    public async Task AClickingRespondent_ReachesTheResultInAtMost16Turns_AndEveryChoiceIsOfferedOnceAndShowsWhenClicked()
    {
        var user = _teams.User("29:sanne", "Sanne");
        await user.InstallAsync();
        var focusPoints = 0;
        for (var step = 0; step < 40 && !ResultShown(user); step++)
        {
            AssertChoicesOnceAndVisibleWhenClicked(user);
            var buttons = user.Buttons;
            if (user.Cards().Any(c => c["body"]!.ToJsonString().Contains("\"Input.", StringComparison.Ordinal)))
            {
                await user.SubmitFormAsync(TeamsGroupChatTests.BinnenmerenProfile);
            }
            else if (buttons.FirstOrDefault(b => b is "Geen code" or "Geen voorkeur" || b.StartsWith("Houden", StringComparison.Ordinal)) is { } button)
            {
                await user.PressAsync(button);
            }
            else if (buttons.Contains("Fase 1"))
            {
                await user.PressAsync(Phases[focusPoints++]);
            }
            else
            {
                Assert.Fail($"Nothing to click after {user.Turns} turns: {user.LastText}");
            }
        }

        ReliabilityLog.Write($"Teams: {user.Turns} turns from the install to the result, clicking ({focusPoints} focus points)", "turns");
        Assert.True(ResultShown(user), user.LastText);
        Assert.Equal(11, focusPoints);
        Assert.InRange(user.Turns, 1, 16);
        Assert.Equal(["Volgende stap", "Waarom?", "Rapport", "Meer"], user.Cards().Last()["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));
    }

    private static bool ResultShown(TeamsUser user) => user.Cards().Any(c => c.ToJsonString().Contains("Jullie typering", StringComparison.Ordinal));

    private static void AssertChoicesOnceAndVisibleWhenClicked(TeamsUser user)
    {
        Assert.All(user.LastReplies, reply => Assert.Null(reply["suggestedActions"]));
        foreach (var action in user.Cards().SelectMany(c => c["actions"]?.AsArray() ?? []).Where(a => a!["data"]?["choice"] is not null))
        {
            Assert.Equal("messageBack", action!["data"]!["msteams"]!["type"]!.GetValue<string>());
            Assert.Equal(action["title"]!.GetValue<string>(), action["data"]!["msteams"]!["displayText"]!.GetValue<string>());
            Assert.InRange(action["title"]!.GetValue<string>().Length, 1, 40);
        }
    }
}
