using SamenOpleiden.Advisor.Conversation.Dialog;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Conversation.Tests.Dialog.Commands;

/// <summary>"wijzig profiel" mends the region profile at any point, on channels with and without forms.</summary>
public sealed class ChangeProfileCommandTests
{
    /// <summary>Bounds the walk through the profile questions; there are eleven.</summary>
    private const int MaxProfileQuestions = 20;

    [Fact]
    public async Task SayAsync_ChangeProfileWhereFormsAreShown_ShowsTheFilledInFormAndKeepsTheQuestionOpen()
    {
        var chat = new ChatDriver(showsForms: true);
        await chat.StartAsync();
        await chat.SendFormAsync(QuestionPrompts.ProfileFormName, new Dictionary<string, string> { ["regionName"] = "Binnenmeren", ["regionType"] = "krimp" });
        await chat.SayAsync("2");

        await chat.SayAsync("wijzig profiel");

        var form = Assert.Single(chat.Last.OfType<FormReply>());
        Assert.Equal("Binnenmeren", form.Fields.Single(f => f.Id == "regionName").Value);
        Assert.Equal("krimp", form.Fields.Single(f => f.Id == "regionType").Value);
        Assert.Equal("fp:doelstellingen", (await chat.StateAsync()).Current);
    }

    [Fact]
    public async Task SayAsync_ChangeProfileInTheTerminal_ShowsTheProfileAsksItAgainKeepsWhatIsNotChangedAndReturns()
    {
        var chat = new ChatDriver(showsForms: false);
        await chat.StartAsync();
        await chat.SayAsync("Binnenmeren");
        await chat.SayAsync("krimp");
        await SkipRestOfProfileAsync(chat);
        await chat.SayAsync("2");

        await chat.SayAsync("wijzig profiel");

        var summary = Assert.Single(chat.Last.OfType<SummaryReply>());
        Assert.Contains(summary.Facts, f => f is { Label: "Regio", Value: "Binnenmeren" });
        Assert.Equal("Hoe heet jullie Onderwijsregio?", chat.LastQuestion!.Text);
        await chat.SayAsync("weet ik niet");
        await chat.SayAsync("tekort");
        await SkipRestOfProfileAsync(chat);

        var state = await chat.StateAsync();
        Assert.Equal(("Binnenmeren", "tekort"), (state.Profile.RegionName, state.Profile.RegionType));
        Assert.Equal(2, state.Answers["kwaliteit"]);
        Assert.Equal("fp:doelstellingen", state.Current);
    }

    private static async Task SkipRestOfProfileAsync(ChatDriver chat)
    {
        for (var i = 0; i < MaxProfileQuestions && (await chat.StateAsync()).Current!.StartsWith("profile:", StringComparison.Ordinal); i++)
        {
            await chat.SayAsync("weet ik niet");
        }
    }
}
