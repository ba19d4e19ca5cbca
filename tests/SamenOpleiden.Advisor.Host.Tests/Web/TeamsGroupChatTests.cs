using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using Xunit.Abstractions;

namespace SamenOpleiden.Advisor.Host.Tests.Web;

/// <summary>
/// Two people in one Teams group chat, with the whole service (real conversation, rules and SQLite) behind /api/messages
/// and a fake Connector: each keeps an assessment of their own; the group only hears where the conversations went.
/// </summary>
public sealed class TeamsGroupChatTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Group = "19:regio-overleg@thread.v2";
    private TeamsService _teams = null!;

    internal static readonly IReadOnlyDictionary<string, string> BinnenmerenProfile = new Dictionary<string, string>
    {
        ["regionName"] = "Binnenmeren", ["regionType"] = "krimp", ["partnerships"] = "3", ["sectors"] = "po,vo,mbo", ["realisatiegraad"] = "75",
        ["voltijd"] = "volledig", ["zijInstromers"] = "buiten", ["grensgevallen"] = "ja", ["role"] = "schoolopleider",
    };

    private static readonly IReadOnlyDictionary<string, string> StadEnStreekProfile = new Dictionary<string, string>
    {
        ["regionName"] = "Stad en Streek", ["regionType"] = "tekort", ["partnerships"] = "1", ["sectors"] = "po,vo,mbo,vso,so", ["role"] = "bestuurder",
    };

    public async Task InitializeAsync() => _teams = await TeamsService.StartAsync();

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    [Fact]
    public async Task TwoPeopleInOneGroupChat_KeepTheirOwnAssessments_AndNobodysCommandActsOnTheOther()
    {
        var alice = _teams.User("29:alice", "Alice");
        var bob = _teams.User("29:bob", "Bob");

        await StartInTheGroupAsync(alice, BinnenmerenProfile, "Fase 3", "Fase 3", "Fase 3");
        await StartInTheGroupAsync(bob, StadEnStreekProfile, "Fase 1");

        // Bob asks for his summary in the group: it arrives in his own chat, with his answers only.
        await bob.SayInGroupAsync(Group, "samenvatting");
        Assert.Contains("Stad en Streek", bob.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Binnenmeren", bob.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Regionale Samenwerking", bob.LastText, StringComparison.Ordinal);

        // Bob asks to delete his data; Alice's "ja" in the group does not confirm it and deletes nothing.
        await bob.SayInGroupAsync(Group, "verwijder mijn gegevens");
        Assert.Contains("gegevens wilt verwijderen", bob.LastText, StringComparison.Ordinal);
        await alice.SayInGroupAsync(Group, "ja");
        Assert.DoesNotContain("verwijderd", alice.LastText, StringComparison.Ordinal);
        Assert.Contains("Welkom terug", alice.LastText, StringComparison.Ordinal);

        // Only Bob's own "ja" deletes, and only Bob's answers.
        await bob.PressAsync("Ja");
        Assert.Contains("Ik heb al je gegevens verwijderd", bob.LastText, StringComparison.Ordinal);
        await alice.SayAsync("samenvatting");
        Assert.Contains("Binnenmeren", alice.LastText, StringComparison.Ordinal);
        Assert.Equal(3, CountOccurrences(alice.LastText, "fase 3"));

        // The group saw where the conversations went, and nothing of either assessment.
        var inGroup = string.Join("\n", _teams.Channel.ActivitiesIn(Group).Select(a => a["text"]!.GetValue<string>() + (a["attachments"]?.ToJsonString() ?? "")));
        output.WriteLine(inGroup);
        Assert.Equal(5, _teams.Channel.ActivitiesIn(Group).Count); // one answer per mention: two starts, samenvatting, verwijder, ja
        Assert.All(_teams.Channel.ActivitiesIn(Group), a => Assert.Contains("persoonlijk bericht", a["text"]!.GetValue<string>(), StringComparison.Ordinal));
        foreach (var secret in new[] { "Binnenmeren", "Stad en Streek", "fase", "verwijderd", "rapport" })
        {
            Assert.DoesNotContain(secret, inGroup, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static async Task StartInTheGroupAsync(TeamsUser person, IReadOnlyDictionary<string, string> profile, params string[] phases)
    {
        await person.SayInGroupAsync(Group, "hallo");
        Assert.Contains("Welkom", person.LastText, StringComparison.Ordinal);
        await person.PressAsync("Geen code");
        await person.SubmitFormAsync(profile);
        foreach (var phase in phases)
        {
            await person.PressAsync(phase);
        }
    }

    private static int CountOccurrences(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
