using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SamenOpleiden.Advisor.BotFramework.Tests.TestSupport;
using SamenOpleiden.Advisor.Conversation;

namespace SamenOpleiden.Advisor.BotFramework.Tests.Messaging;

/// <summary>What /api/messages answers a channel for each kind of request, good and bad.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private BotEndpoint _bot = null!;

    public async Task InitializeAsync() => _bot = await BotEndpoint.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task ExpectRepliesReturnsTheWelcomeAndFirstQuestionInTheBodyWithoutCallingTheConnector()
    {
        var activity = _bot.BotAdded();
        activity["deliveryMode"] = "expectReplies";

        using var response = await _bot.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("activities");
        Assert.Equal(2, activities.GetArrayLength());
        Assert.Equal(RecordingEngine.Welcome, activities[0].GetProperty("text").GetString());
        var card = activities[1].GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.GetProperty("contentType").GetString());
        Assert.Contains(RecordingEngine.FirstQuestion.Text, card.GetProperty("content").GetRawText(), StringComparison.Ordinal);
        Assert.Empty(_bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task TheBotBeingAddedToAChatStartsTheConversationWithAWelcome()
    {
        using var response = await _bot.PostSignedAsync(_bot.BotAdded());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TurnKind.ConversationStarted, Assert.Single(_bot.Engine.Turns).Kind);
        var calls = _bot.Channel.ConnectorCalls.ToList();
        Assert.Equal(2, calls.Count);
        Assert.Equal(RecordingEngine.Welcome, calls[0].Text);
        Assert.All(calls, c => Assert.Equal("act-added", c.ReplyToId));
    }

    [Fact]
    public async Task AnInstallationUpdateAddStartsTheConversation()
    {
        var activity = _bot.Message("", activityId: "install-1");
        activity["type"] = "installationUpdate";
        activity["action"] = "add";

        using var response = await _bot.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TurnKind.ConversationStarted, Assert.Single(_bot.Engine.Turns).Kind);
        Assert.Equal(2, _bot.Channel.ConnectorCalls.Count);
    }

    [Fact]
    public async Task TeamsAnnouncingOneInstallTwiceWelcomesOnce()
    {
        var installation = _bot.Message("", activityId: "install-1");
        installation["type"] = "installationUpdate";
        installation["action"] = "add";

        using var first = await _bot.PostSignedAsync(installation);
        using var second = await _bot.PostSignedAsync(_bot.BotAdded());

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Single(_bot.Engine.Turns);
        Assert.Equal(2, _bot.Channel.ConnectorCalls.Count);
    }

    [Fact]
    public async Task AnotherMemberJoiningATeamIsNotGreeted()
    {
        var activity = _bot.BotAdded();
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:someone-else" });

        using var response = await _bot.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_bot.Engine.Turns);
        Assert.Empty(_bot.Channel.ConnectorCalls);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("endOfConversation")]
    [InlineData("messageReaction")]
    [InlineData("somethingNew")]
    public async Task ActivitiesThatAskNothingGet200AndNoReply(string type)
    {
        var activity = _bot.Message("");
        activity["type"] = type;

        using var response = await _bot.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_bot.Engine.Turns);
        Assert.Empty(_bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task TheBotsMentionIsStrippedFromAChannelMessage()
    {
        var activity = _bot.Message("<at>Adviseur</at> tekort\n");
        activity["conversation"]!["conversationType"] = "channel";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Adviseur</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotEndpoint.BotId, ["name"] = "Adviseur" },
        });

        using var response = await _bot.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("tekort", Assert.Single(_bot.Engine.Turns).Text);
    }

    [Fact]
    public async Task APressedCardButtonIsUnderstoodLikeTheTypedChoice()
    {
        var activity = _bot.Message("");
        activity.Remove("text");
        activity["value"] = new JsonObject { ["choice"] = "krimp" };

        using var response = await _bot.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(_bot.Engine.Turns);
        Assert.Equal((TurnKind.Message, "krimp", "aad-user-1", "msteams"), (turn.Kind, turn.Text, turn.UserId, turn.ChannelId));
    }

    [Fact]
    public async Task AnAdaptiveCardActionInvokeGetsAnInvokeResponseAndRunsTheTurn()
    {
        var activity = _bot.Message("");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "answer", ["data"] = new JsonObject { ["choice"] = "tekort" } },
        };

        using var response = await _bot.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        Assert.Equal("tekort", Assert.Single(_bot.Engine.Turns).Text);
        Assert.Single(_bot.Channel.ConnectorCalls);
    }

    [Fact]
    public async Task AnInvokeTheBotDoesNotHandleGets501()
    {
        var activity = _bot.Message("");
        activity["type"] = "invoke";
        activity["name"] = "task/fetch";

        using var response = await _bot.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(_bot.Engine.Turns);
    }

    [Fact]
    public async Task MalformedJsonGets400()
    {
        using var response = await _bot.PostRawAsync("{\"type\":\"message\",", "application/json", $"Bearer {_bot.Tokens.Create()}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"message\"")]
    [InlineData("null")]
    [InlineData("{\"type\": 5}")]
    public async Task JsonThatIsNotAnActivityGets400(string body)
    {
        using var response = await _bot.PostRawAsync(body, "application/json", $"Bearer {_bot.Tokens.Create()}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AWrongContentTypeGets415()
    {
        using var response = await _bot.PostRawAsync(_bot.Message("hallo").ToJsonString(), "text/plain", $"Bearer {_bot.Tokens.Create()}");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task AOneMegabyteBodyGets413()
    {
        var activity = _bot.Message(new string('a', 1024 * 1024));

        using var response = await _bot.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_bot.Engine.Turns);
    }

    [Fact]
    public async Task AnOversizedBodyWithoutContentLengthGets413()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new ChunkedContent(_bot.Message(new string('b', 400 * 1024)).ToJsonString()),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _bot.Tokens.Create());

        using var response = await _bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("conversation")]
    [InlineData("conversation.id")]
    [InlineData("serviceUrl")]
    public async Task AnActivityMissingARequiredFieldGets400(string field)
    {
        var activity = _bot.Message("hallo");
        if (field == "conversation.id")
        {
            activity["conversation"]!.AsObject().Remove("id");
        }
        else
        {
            activity.Remove(field);
        }

        using var response = await _bot.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_bot.Engine.Turns);
    }

    [Theory]
    [InlineData("from.id", " ")]
    [InlineData("from.id", "")]
    [InlineData("from.id", null)]
    [InlineData("from", null)]
    [InlineData("from.aadObjectId", " ")]
    [InlineData("conversation.id", "\t")]
    [InlineData("id", " ")]
    public async Task ABlankOrMissingIdGets400AndIsNeitherATurnNorAFailure(string field, string? value)
    {
        var activity = _bot.Message("hallo");
        var (owner, name) = field.Contains('.') ? (activity[field.Split('.')[0]]!.AsObject(), field.Split('.')[1]) : (activity, field);
        if (value is null)
        {
            owner.Remove(name);
        }
        else
        {
            owner[name] = value;
        }

        using var response = await _bot.PostSignedAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_bot.Engine.Turns);
        Assert.DoesNotContain(_bot.LogLines, line => line.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFailingConversationStillAnswers200WithADutchApology()
    {
        _bot.Engine.Respond = _ => throw new InvalidOperationException("bug");

        using var response = await _bot.PostSignedAsync(_bot.Message("hallo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Sorry", Assert.Single(_bot.Channel.ConnectorCalls).Text, StringComparison.Ordinal);
    }

    /// <summary>Sends its body without a Content-Length, as a streaming client would.</summary>
    private sealed class ChunkedContent(string body) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(body));

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
