using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using SamenOpleiden.Advisor.BotFramework.DirectLine.Bots;
using SamenOpleiden.Advisor.BotFramework.Schema;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.BotFramework.Tests.DirectLine.Bots;

public sealed class AdvisorActivityBotTests
{
    private readonly Mock<IConversationEngine> _engine = new();

    [Fact]
    public async Task OnActivityAsync_ConversationUpdate_StartsTheConversationWithTheUserAndLocale()
    {
        TurnInput? seen = null;
        _engine.Setup(e => e.HandleAsync(It.IsAny<TurnInput>(), It.IsAny<CancellationToken>()))
            .Callback<TurnInput, CancellationToken>((input, _) => seen = input)
            .ReturnsAsync([new TextReply("Welkom!")]);

        var replies = await CreateTarget().OnActivityAsync(Inbound(ActivityTypes.ConversationUpdate, locale: "nl-NL"), null, default);

        Assert.Equal(new TurnInput("c1", "dl_u", TurnKind.ConversationStarted, null, "directline", "c1|0000001", "nl-NL") { ShowsForms = true }, seen);
        Assert.Equal("Welkom!", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task OnActivityAsync_PostBackWithStringValue_SendsTheValueAsTheTurnText()
    {
        TurnInput? seen = null;
        _engine.Setup(e => e.HandleAsync(It.IsAny<TurnInput>(), It.IsAny<CancellationToken>()))
            .Callback<TurnInput, CancellationToken>((input, _) => seen = input)
            .ReturnsAsync([]);
        var activity = Inbound(ActivityTypes.Message, text: null);
        activity.Value = JsonSerializer.SerializeToElement("2");

        await CreateTarget().OnActivityAsync(activity, null, default);

        Assert.Equal(TurnKind.Message, seen!.Kind);
        Assert.Equal("2", seen.Text);
    }

    [Fact]
    public async Task OnActivityAsync_SentForm_GivesTheEngineEveryInputValueAsText()
    {
        TurnInput? seen = null;
        _engine.Setup(e => e.HandleAsync(It.IsAny<TurnInput>(), It.IsAny<CancellationToken>()))
            .Callback<TurnInput, CancellationToken>((input, _) => seen = input)
            .ReturnsAsync([]);
        var activity = Inbound(ActivityTypes.Message, text: null);
        activity.Value = JsonSerializer.SerializeToElement(new { form = "profile", regionName = "Binnenmeren", partnerships = 3, sectors = "po,vo" });

        await CreateTarget().OnActivityAsync(activity, null, default);

        Assert.Equal(TurnKind.Message, seen!.Kind);
        Assert.True(seen.ShowsForms);
        Assert.Equal(new Dictionary<string, string> { ["form"] = "profile", ["regionName"] = "Binnenmeren", ["partnerships"] = "3", ["sectors"] = "po,vo" }, seen.Values);
    }

    [Fact]
    public async Task OnActivityAsync_OnlyAFile_ExplainsPolitelyInDutchWithoutCallingTheEngine()
    {
        var activity = Inbound(ActivityTypes.Message, text: null);
        activity.Attachments = [new Attachment { ContentType = "image/png", ContentUrl = "http://x/a.png" }];

        var replies = await CreateTarget().OnActivityAsync(activity, null, default);

        Assert.Equal(AdvisorActivityBot.NoFilesText, Assert.Single(replies).Text);
        _engine.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task OnActivityAsync_EngineFails_RepliesWithADutchApologyInsteadOfThrowing()
    {
        _engine.Setup(e => e.HandleAsync(It.IsAny<TurnInput>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("boom"));

        var replies = await CreateTarget().OnActivityAsync(Inbound(ActivityTypes.Message), null, default);

        Assert.Equal(AdvisorActivityBot.FailureText, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task OnActivityAsync_EventOrEmptyMessage_IsNotATurn()
    {
        var replies = await CreateTarget().OnActivityAsync(Inbound(ActivityTypes.Event), null, default);
        var empty = await CreateTarget().OnActivityAsync(Inbound(ActivityTypes.Message, text: "  "), null, default);

        Assert.Empty(replies);
        Assert.Empty(empty);
        _engine.VerifyNoOtherCalls();
    }

    private AdvisorActivityBot CreateTarget() => new(_engine.Object, new WebChatReplyRenderer(), NullLogger<AdvisorActivityBot>.Instance);

    private static Activity Inbound(string type, string? text = "hallo", string? locale = null) => new()
    {
        Type = type,
        Id = "c1|0000001",
        Text = text,
        Locale = locale,
        From = new ChannelAccount { Id = "dl_u" },
        Conversation = new ConversationAccount { Id = "c1" },
        ServiceUrl = "https://advisor.example",
    };
}
