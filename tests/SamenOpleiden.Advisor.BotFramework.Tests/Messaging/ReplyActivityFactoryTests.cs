using System.Text.Json;
using SamenOpleiden.Advisor.BotFramework.Cards;
using SamenOpleiden.Advisor.BotFramework.Messaging;
using SamenOpleiden.Advisor.BotFramework.Schema;
using SamenOpleiden.Advisor.BotFramework.Tests.Cards;
using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.BotFramework.Tests.Messaging;

public sealed class ReplyActivityFactoryTests
{
    [Theory]
    [InlineData("personal")]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public void Render_Question_OffersItsChoicesOnceAsCardButtonsThatShowTheChoiceInTheChat(string conversationType)
    {
        var reply = Assert.Single(ReplyActivityFactory.Render([SampleReplies.Question], Inbound(conversationType), null));

        Assert.Null(reply.SuggestedActions);
        var actions = CardJson(Assert.Single(reply.Attachments!)).GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(["Fase 1", "Fase 2", "Fase 3", "Weet ik niet"],
            actions.Select(a => a.GetProperty("data").GetProperty("msteams").GetProperty("displayText").GetString()));
    }

    [Fact]
    public void Render_EveryButtonTitle_FitsOnAPhone()
    {
        Reply[] replies = [SampleReplies.Question, SampleReplies.AdviceStep, SampleReplies.Result, SampleReplies.Form, SampleReplies.Report];

        var titles = ReplyActivityFactory.Render(replies, Inbound("personal"), new Uri("https://adviseur.example.nl/"))
            .SelectMany(r => r.Attachments ?? [])
            .SelectMany(a => CardJson(a).TryGetProperty("actions", out var actions) ? actions.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(a => a.GetProperty("title").GetString()!)
            .ToList();

        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.InRange(t.Length, 1, 40));
    }

    [Fact]
    public void Render_AnyReply_AnswersTheInboundActivityFromTheBot()
    {
        var inbound = Inbound("personal");

        var reply = Assert.Single(ReplyActivityFactory.Render([SampleReplies.Text], inbound, null));

        Assert.Equal((ActivityTypes.Message, "28:bot", "29:user", "conv-1", "in-1"),
            (reply.Type, reply.From!.Id, reply.Recipient!.Id, reply.Conversation!.Id, reply.ReplyToId));
        Assert.Equal(("Dank je! **Goed** bezig.", "markdown"), (reply.Text, reply.TextFormat));
    }

    [Fact]
    public void Render_RelativeReportLink_IsMadeAbsoluteOnThePublicAddress()
    {
        var reply = Assert.Single(ReplyActivityFactory.Render([SampleReplies.Report], Inbound("personal"), new Uri("https://adviseur.example.nl/")));

        var action = CardJson(reply.Attachments![0]).GetProperty("actions")[0];
        Assert.Equal("https://adviseur.example.nl/rapport/abc123", action.GetProperty("url").GetString());
    }

    [Fact]
    public void Render_SeveralReplies_KeepsTheirOrder()
    {
        Reply[] replies = [SampleReplies.Text, SampleReplies.Summary, SampleReplies.AdviceStep, SampleReplies.Question];

        var rendered = ReplyActivityFactory.Render(replies, Inbound("personal"), null);

        Assert.Equal(4, rendered.Count);
        Assert.NotNull(rendered[0].Text);
        Assert.Contains("Jullie regio in fasen", CardJson(rendered[1].Attachments![0]).GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Stap 1", CardJson(rendered[2].Attachments![0]).GetRawText(), StringComparison.Ordinal);
        Assert.Equal("expectingInput", rendered[3].InputHint);
    }

    private static Activity Inbound(string conversationType) => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:user" },
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = "conv-1", ConversationType = conversationType, IsGroup = conversationType != "personal" },
    };

    private static JsonElement CardJson(Attachment attachment) => AdaptiveCardAttachment.ToJson(Assert.IsType<AdaptiveCard>(attachment.Content));
}
