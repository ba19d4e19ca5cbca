using SamenOpleiden.Advisor.Testing.DirectLine;
using SamenOpleiden.Advisor.Testing;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace SamenOpleiden.Advisor.BotFramework.Tests.DirectLine;

/// <summary>Uploads as DirectLineJS sends them (protocol brief §5.5).</summary>
public sealed class UploadProtocolTests : IDisposable
{
    private readonly AdvisorHost _app = AdvisorHost.ForWebChat();

    [Fact]
    public async Task UploadedFilesComeBackWithAbsoluteContentUrlsThatServeTheirBytes()
    {
        var client = new DirectLineClient(_app.CreateClient());
        var conversationId = (string)(await client.StartAsync(AdvisorHost.DirectLineSecret))["conversationId"]!;
        using var form = new MultipartFormDataContent
        {
            { Part("""{"type":"message","text":"met bijlagen","from":{"id":"u1"},"attachments":[{"contentType":"image/png","name":"a.png","thumbnailUrl":"data:a"},{"contentType":"text/plain","name":"b.txt"}]}""", "application/vnd.microsoft.activity"), "activity", "blob" },
            { Part("second file", "text/plain"), "file", "b.txt" },
            { Part("first file", "image/png"), "file", "a.png" },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload?userId=u1") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdvisorHost.DirectLineSecret);

        var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = await client.WaitForActivitiesAsync(conversationId, AdvisorHost.DirectLineSecret, a => a.Count >= 3);
        var attachments = activities[2]!["channelData"]!["originalActivity"]!["attachments"]!.AsArray();
        var byName = attachments.ToDictionary(a => (string)a!["name"]!, a => a!);
        Assert.Equal("data:a", (string)byName["a.png"]["thumbnailUrl"]!);
        Assert.Equal("first file", await client.Http.GetStringAsync(new Uri((string)byName["a.png"]["contentUrl"]!)));
        Assert.Equal("second file", await client.Http.GetStringAsync(new Uri((string)byName["b.txt"]["contentUrl"]!)));
        Assert.StartsWith("http://localhost/v3/directline/attachments/", (string)byName["b.txt"]["contentUrl"]!);
    }

    [Fact]
    public async Task AnUploadWithoutAnActivityPartIs400()
    {
        var client = new DirectLineClient(_app.CreateClient());
        var conversationId = (string)(await client.StartAsync(AdvisorHost.DirectLineSecret))["conversationId"]!;
        using var form = new MultipartFormDataContent { { Part("x", "text/plain"), "file", "x.txt" } };
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdvisorHost.DirectLineSecret);

        var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(70 * 1024, 10)]
    [InlineData(100, 9 * 1024 * 1024)]
    public async Task AnUploadWithAnActivityOrFilesAboveTheLimitsIs413AndStoresNothing(int activityPadding, int fileBytes)
    {
        var client = new DirectLineClient(_app.CreateClient());
        var conversationId = (string)(await client.StartAsync(AdvisorHost.DirectLineSecret))["conversationId"]!;
        // The bot's greeting comes after the start has been answered: count from once it is there.
        var before = (await client.WaitForActivitiesAsync(conversationId, AdvisorHost.DirectLineSecret, a => a.Count >= 1)).Count;
        using var form = new MultipartFormDataContent
        {
            { Part($$"""{"type":"message","from":{"id":"u1"},"text":"{{new string('x', activityPadding)}}"}""", "application/vnd.microsoft.activity"), "activity", "blob" },
            { new ByteArrayContent(new byte[fileBytes]), "file", "groot.bin" },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdvisorHost.DirectLineSecret);

        var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, (await client.GetActivitiesAsync(conversationId, AdvisorHost.DirectLineSecret))["activities"]!.AsArray().Count);
    }

    public void Dispose() => _app.Dispose();

    private static ByteArrayContent Part(string text, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }
}
