using System.Text.Json;
using SamenOpleiden.Advisor.BotFramework.Messaging;
using SamenOpleiden.Advisor.BotFramework.Schema;
using SamenOpleiden.Advisor.Conversation;

namespace SamenOpleiden.Advisor.BotFramework.Tests.Messaging;

public sealed class ActivityTurnMapperTests
{
    [Fact]
    public void ToTurn_MentionOfSomeoneElse_IsKept()
    {
        var activity = Message("<at>Jan</at> en <at>Adviseur</at> ja");
        activity.Entities = [Mention("29:jan", "<at>Jan</at>"), Mention("28:bot", "<at>Adviseur</at>")];

        Assert.Equal("<at>Jan</at> en ja", ActivityTurnMapper.ToTurn(activity)!.Text);
    }

    [Fact]
    public void ToTurn_AtTagWithoutMentionEntity_IsNotTrusted()
    {
        Assert.Equal("<at>Adviseur</at> ja", ActivityTurnMapper.ToTurn(Message("<at>Adviseur</at> ja"))!.Text);
    }

    [Fact]
    public void ToTurn_SubmitWithoutChoice_HasNoText()
    {
        var activity = Message(null);
        activity.Value = JsonSerializer.SerializeToElement(new { other = "x" });

        var turn = ActivityTurnMapper.ToTurn(activity)!;

        Assert.Equal((TurnKind.Message, null), (turn.Kind, turn.Text));
    }

    [Theory]
    [InlineData("add", true)]
    [InlineData("add-upgrade", true)]
    [InlineData("remove", false)]
    [InlineData("remove-upgrade", false)]
    public void ToTurn_InstallationUpdate_StartsOnlyOnAdd(string action, bool starts)
    {
        var activity = Message(null);
        activity.Type = ActivityTypes.InstallationUpdate;
        activity.Action = action;

        Assert.Equal(starts, ActivityTurnMapper.ToTurn(activity)?.Kind == TurnKind.ConversationStarted);
    }

    [Fact]
    public void ToTurn_Message_CarriesIdsLocaleAndChannel()
    {
        var turn = ActivityTurnMapper.ToTurn(Message("hallo"))!;

        Assert.Equal(("conv-1", "aad-1", "msteams", "in-1", "nl-NL"), (turn.ConversationId, turn.UserId, turn.ChannelId, turn.ActivityId, turn.Locale));
    }

    private static Activity Message(string? text) => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = "msteams",
        Locale = "nl-NL",
        Text = text,
        From = new ChannelAccount { Id = "29:user", AadObjectId = "aad-1" },
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = "conv-1" },
    };

    private static JsonElement Mention(string id, string text) =>
        JsonSerializer.SerializeToElement(new { type = "mention", text, mentioned = new { id, name = "x" } });
}
