using SamenOpleiden.Advisor.Conversation.Dialog;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Conversation.Tests.Dialog.Profile;

/// <summary>On a channel that shows forms the region profile is one form; typing instead still works.</summary>
public sealed class ProfileFormTests
{
    private static readonly Dictionary<string, string> Binnenmeren = new()
    {
        ["regionName"] = "Binnenmeren",
        ["regionType"] = "krimp",
        ["partnerships"] = "3",
        ["sectors"] = "po,vo,mbo",
        ["realisatiegraad"] = "75",
        ["voltijd"] = "volledig",
        ["deeltijd"] = "",
        ["zijInstromers"] = "buiten",
        ["realisatieToelichting"] = "",
        ["grensgevallen"] = "ja",
        ["role"] = "schoolopleider",
    };

    private static async Task<ChatDriver> AtFormAsync()
    {
        var chat = new ChatDriver(showsForms: true);
        await chat.StartAsync();
        return chat;
    }

    [Fact]
    public async Task StartAsync_ChannelShowsForms_AsksTheWholeProfileAsOneForm()
    {
        var chat = await AtFormAsync();

        var form = Assert.IsType<FormReply>(chat.Last[^1]);
        Assert.Equal(QuestionPrompts.ProfileFormName, form.Name);
        Assert.Equal(["regionName", "regionType", "partnerships", "sectors", "realisatiegraad", "voltijd", "deeltijd", "zijInstromers", "realisatieToelichting", "grensgevallen", "role"],
            form.Fields.Select(f => f.Id));
        Assert.Equal(FormFieldKind.MultiChoice, form.Fields.Single(f => f.Id == "sectors").Kind);
        Assert.Equal((FormFieldKind.Number, 0, 100), form.Fields.Single(f => f.Id == "realisatiegraad") is var r ? (r.Kind, r.Min, r.Max) : default);
        Assert.True(form.Fields.Single(f => f.Id == "regionName").Required);
        Assert.All(form.Fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Label)));
    }

    [Fact]
    public async Task SendFormAsync_AllReadable_FillsTheProfileInOneTurnAndAsksTheFirstFocusPoint()
    {
        var chat = await AtFormAsync();

        await chat.SendFormAsync(QuestionPrompts.ProfileFormName, Binnenmeren);

        var state = await chat.StateAsync();
        Assert.Equal(("Binnenmeren", "krimp", 3, 75), (state.Profile.RegionName, state.Profile.RegionType, state.Profile.Partnerships, state.Profile.Realisatiegraad));
        Assert.Equal(["po", "vo", "mbo"], state.Profile.Sectors);
        Assert.Equal(("volledig", null, "buiten", true, "schoolopleider"),
            (state.Profile.Voltijd, state.Profile.Deeltijd, state.Profile.ZijInstromers, state.Profile.Grensgevallen, state.Profile.Role));
        Assert.Equal("fp:kwaliteit", state.Current);
        Assert.Equal("vraag 1 van 11", chat.LastQuestion!.Progress!.Label);
    }

    [Fact]
    public async Task SendFormAsync_AllReadable_ShowsTheProfileAsReadSinceASentFormLeavesNoMessageInTheChat()
    {
        var chat = await AtFormAsync();

        await chat.SendFormAsync(QuestionPrompts.ProfileFormName, Binnenmeren);

        var summary = Assert.Single(chat.Last.OfType<SummaryReply>());
        Assert.Equal(DialogTexts.ProfileAsRead, summary.Title);
        var facts = summary.Facts.ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal("Binnenmeren", facts["Regio"]);
        Assert.Equal("3", facts["Partnerschappen"]);
        Assert.Contains("mbo", facts["Sectoren"], StringComparison.Ordinal);
        Assert.Equal("schoolopleider", facts["Jouw rol"]);
        Assert.DoesNotContain(summary.Facts, f => string.IsNullOrWhiteSpace(f.Value));
    }

    [Fact]
    public async Task SendFormAsync_SomeFieldsUnreadable_KeepsNothingAndShowsTheFormAgainWithDutchProblemsAndTheValuesSent()
    {
        var chat = await AtFormAsync();
        var sent = new Dictionary<string, string>(Binnenmeren) { ["partnerships"] = "heel veel", ["realisatiegraad"] = "150", ["regionName"] = "" };

        await chat.SendFormAsync(QuestionPrompts.ProfileFormName, sent);

        var form = Assert.IsType<FormReply>(Assert.Single(chat.Last));
        Assert.Equal(3, form.Problems.Count);
        Assert.Contains(form.Problems, p => p.Contains("Vul de naam van jullie regio in", StringComparison.Ordinal));
        Assert.Contains(form.Problems, p => p.Contains("Geef een aantal tussen 0 en 50", StringComparison.Ordinal));
        Assert.Contains(form.Problems, p => p.Contains("percentage tussen 0 en 100", StringComparison.Ordinal));
        Assert.Equal("heel veel", form.Fields.Single(f => f.Id == "partnerships").Value);
        Assert.Equal("krimp", form.Fields.Single(f => f.Id == "regionType").Value);
        var state = await chat.StateAsync();
        Assert.Null(state.Profile.RegionType);
        Assert.Equal("profile:regionName", state.Current);
    }

    [Fact]
    public async Task SayAsync_TypedInsteadOfSent_AnswersTheFirstQuestionAndAsksTheRestOneByOne()
    {
        var chat = await AtFormAsync();

        await chat.SayAsync("Binnenmeren");

        Assert.Equal("Binnenmeren", (await chat.StateAsync()).Profile.RegionName);
        Assert.Equal("Is jullie regio een tekortregio of een krimpregio?", chat.LastQuestion!.Text);
        await chat.SayAsync("krimp");
        Assert.Equal("krimp", (await chat.StateAsync()).Profile.RegionType);
        Assert.DoesNotContain(chat.Last, r => r is FormReply);
    }

    [Fact]
    public async Task SayAsync_SkipWhileTheFormIsShown_SkipsTheWholeProfile()
    {
        var chat = await AtFormAsync();

        await chat.SayAsync("overslaan");

        Assert.Equal("fp:kwaliteit", (await chat.StateAsync()).Current);
    }

    [Fact]
    public async Task SendFormAsync_LaterInTheConversation_UpdatesTheProfileAndAsksTheSameQuestionAgain()
    {
        var chat = await AtFormAsync();
        await chat.SendFormAsync(QuestionPrompts.ProfileFormName, Binnenmeren);
        await chat.SayAsync("2");

        await chat.SendFormAsync(QuestionPrompts.ProfileFormName, new Dictionary<string, string>(Binnenmeren) { ["partnerships"] = "5" });

        Assert.Contains(DialogTexts.ProfileUpdated, chat.LastText, StringComparison.Ordinal);
        var state = await chat.StateAsync();
        Assert.Equal(5, state.Profile.Partnerships);
        Assert.Equal("fp:doelstellingen", state.Current);
        Assert.Equal(2, state.Answers["kwaliteit"]);
    }

    [Fact]
    public async Task SendFormAsync_FieldWithCode_IsRefusedLikeATypedMessage()
    {
        var chat = await AtFormAsync();

        await chat.SendFormAsync(QuestionPrompts.ProfileFormName, new Dictionary<string, string>(Binnenmeren) { ["role"] = "<script>alert(1)</script>" });

        Assert.Contains("gewone tekst", chat.LastText, StringComparison.Ordinal);
        Assert.Null((await chat.StateAsync()).Profile.RegionName);
    }

    [Fact]
    public async Task StartAsync_TerminalWithoutForms_AsksOneQuestionAtATime()
    {
        var chat = new ChatDriver(showsForms: false);

        await chat.StartAsync();

        Assert.DoesNotContain(chat.Last, r => r is FormReply);
        Assert.Equal("Hoe heet jullie Onderwijsregio?", chat.LastQuestion!.Text);
    }
}
