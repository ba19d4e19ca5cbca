using SamenOpleiden.Advisor.Testing;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Host.Tests.Web;

/// <summary>/api/messages as the service runs it: development mode, app id mode, and the loopback rule.</summary>
[Trait("Needs", "Process")]
public class BotFrameworkEndpointTests
{
    [Fact]
    public async Task TheRunningServiceWithoutAnAppIdAnswersExpectRepliesWithTheDutchWelcomeAndFirstQuestion()
    {
        await using var service = await AdvisorService.StartAsync(new Dictionary<string, string> { ["MicrosoftAppId"] = "" });

        using var response = await service.Http.PostAsync("/api/messages", Json(EmulatorConversationStart()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("activities");
        Assert.StartsWith("Welkom!", activities[0].GetProperty("text").GetString());
        var question = activities.EnumerateArray().Last();
        Assert.Equal("expectingInput", question.GetProperty("inputHint").GetString());
        Assert.Equal("AdaptiveCard", question.GetProperty("attachments")[0].GetProperty("content").GetProperty("type").GetString());
    }

    [Fact]
    public async Task WithAnAppIdARequestWithoutAValidTokenGets401()
    {
        await using var app = new AdvisorHost(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
            ["MicrosoftAppPassword"] = "secret",
            ["Storage:SqlitePath"] = AppFiles.TempDatabase(),
        });
        using var client = app.CreateClient();

        using var anonymous = await client.PostAsync("/api/messages", Json(EmulatorConversationStart()));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Json(EmulatorConversationStart()) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.");
        using var forged = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task WithoutAnAppIdTheServiceRefusesToListenBeyondLoopbackAndSaysWhy()
    {
        var (exitCode, output, error) = await AdvisorProcess.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["MicrosoftAppId"] = "", ["ASPNETCORE_URLS"] = "http://0.0.0.0:0" });

        Assert.Equal(1, exitCode);
        Assert.Contains("MicrosoftAppId", output + error);
        Assert.Contains("loopback", output + error);
        Assert.DoesNotContain("   at ", output + error);
    }

    private static JsonObject EmulatorConversationStart() => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = "emu-1",
        ["channelId"] = "emulator",
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JsonObject { ["id"] = "user-1" },
        ["recipient"] = new JsonObject { ["id"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = "emu-conversation" },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "bot" }, new JsonObject { ["id"] = "user-1" }),
    };

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}
