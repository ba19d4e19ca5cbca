using SamenOpleiden.Advisor.Testing.Channels;
using System.Net;
using System.Text.Json.Nodes;
using SamenOpleiden.Advisor.BotFramework.Teams;
using SamenOpleiden.Advisor.BotFramework.Tests.TestSupport;
using SamenOpleiden.Advisor.Conversation;

namespace SamenOpleiden.Advisor.BotFramework.Tests.Teams;

/// <summary>
/// A mention in a Teams group chat or channel: the conversation moves to the speaker's 1:1 chat, opened through the
/// (fake) Connector; the group hears only where it went. Without a 1:1 chat the speaker's own turn runs in the group.
/// </summary>
public sealed class TeamsGroupChatTests : IAsyncLifetime
{
    private const string Group = "19:regio-overleg@thread.v2";
    private BotEndpoint _bot = null!;

    public async Task InitializeAsync() => _bot = await BotEndpoint.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task AMentionInAGroupChat_OpensTheSpeakersOneOnOneChatAndRunsTheTurnThere()
    {
        using var response = await _bot.PostSignedAsync(GroupMessage("29:alice", "Alice", "<at>Adviseur</at> samenvatting"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var created = Assert.Single(_bot.Channel.CreatedConversations);
        Assert.Equal(BotEndpoint.BotId, created["bot"]!["id"]!.GetValue<string>());
        Assert.Equal("29:alice", Assert.Single(created["members"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(("tenant-1", "tenant-1"), (created["tenantId"]!.GetValue<string>(), created["channelData"]!["tenant"]!["id"]!.GetValue<string>()));
        Assert.False(created["isGroup"]!.GetValue<bool>());

        var turn = Assert.Single(_bot.Engine.Turns);
        Assert.Equal((FakeChannel.PersonalConversationId("29:alice"), "aad-alice", TurnKind.ConversationStarted, "samenvatting", false),
            (turn.ConversationId, turn.UserId, turn.Kind, turn.Text, turn.IsGroup));
        var personal = _bot.Channel.ActivitiesIn(FakeChannel.PersonalConversationId("29:alice"));
        Assert.NotEmpty(personal);
        Assert.All(_bot.Channel.ConnectorCalls.Where(c => c.ConversationId != Group), c => Assert.Null(c.ReplyToId));
    }

    [Fact]
    public async Task AMentionInAGroupChat_TellsTheGroupOnlyWhereTheConversationWentMentioningTheSpeaker()
    {
        _bot.Engine.Respond = input => [new Conversation.Replies.TextReply($"Jullie regio: Binnenmeren ({input.Text})")];

        await _bot.PostSignedAsync(GroupMessage("29:alice", "Alice", "<at>Adviseur</at> Binnenmeren"));

        var inGroup = Assert.Single(_bot.Channel.ActivitiesIn(Group));
        Assert.Equal("<at>Alice</at>, ik heb je een persoonlijk bericht gestuurd. Daar vul je je eigen scan in; je antwoorden blijven van jou.",
            inGroup["text"]!.GetValue<string>());
        var mention = inGroup["entities"]![0]!;
        Assert.Equal(("mention", "<at>Alice</at>", "29:alice"),
            (mention["type"]!.GetValue<string>(), mention["text"]!.GetValue<string>(), mention["mentioned"]!["id"]!.GetValue<string>()));
        Assert.DoesNotContain("Binnenmeren", inGroup.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Binnenmeren", _bot.Channel.ActivitiesIn(FakeChannel.PersonalConversationId("29:alice")).Single()["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTeamsRefusesTheOneOnOneChat_TheSpeakersOwnAssessmentRunsInTheGroupKeyedByPerson()
    {
        _bot.Channel.RefusePersonalChatWith["29:bob"] = true;

        using var response = await _bot.PostSignedAsync(GroupMessage("29:bob", "Bob", "<at>Adviseur</at> 2"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(_bot.Engine.Turns);
        Assert.Equal((Group, "aad-bob", TurnKind.Message, "2", true), (turn.ConversationId, turn.UserId, turn.Kind, turn.Text, turn.IsGroup));
        Assert.Equal("Je zei: 2", Assert.Single(_bot.Channel.ActivitiesIn(Group))["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheBotAddedToAGroupChat_IntroducesItselfWithoutStartingAnAssessmentForTheGroup()
    {
        var added = GroupMessage("29:alice", "Alice", "");
        added["type"] = "conversationUpdate";
        added.Remove("text");
        added.Remove("entities");
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotEndpoint.BotId });

        await _bot.PostSignedAsync(added);

        Assert.Empty(_bot.Engine.Turns);
        Assert.Empty(_bot.Channel.CreatedConversations);
        Assert.Equal(TeamsGroupChats.IntroductionText, Assert.Single(_bot.Channel.ActivitiesIn(Group))["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task AReplyInAChannelThread_IsKeyedByTheChannelNotTheThread()
    {
        _bot.Channel.RefusePersonalChatWith["29:bob"] = true;
        var message = GroupMessage("29:bob", "Bob", "<at>Adviseur</at> help", conversationType: "channel");
        message["conversation"]!["id"] = "19:kanaal@thread.tacv2;messageid=1700000000000";

        await _bot.PostSignedAsync(message);

        Assert.Equal("19:kanaal@thread.tacv2", Assert.Single(_bot.Engine.Turns).ConversationId);
    }

    private JsonObject GroupMessage(string userId, string name, string text, string conversationType = "groupChat")
    {
        var activity = _bot.Message(text, Group, $"act-{Guid.NewGuid():N}");
        activity["from"] = new JsonObject { ["id"] = userId, ["name"] = name, ["aadObjectId"] = "aad-" + name.ToLowerInvariant() };
        activity["conversation"] = new JsonObject { ["id"] = Group, ["conversationType"] = conversationType, ["isGroup"] = true, ["tenantId"] = "tenant-1" };
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Adviseur</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotEndpoint.BotId, ["name"] = "Adviseur" },
        });
        return activity;
    }
}
