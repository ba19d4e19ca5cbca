using SamenOpleiden.Advisor.Rephrasing.Tests.TestSupport;
using static SamenOpleiden.Advisor.Rephrasing.Tests.TestSupport.AdviceFixtures;

namespace SamenOpleiden.Advisor.Rephrasing.Tests;

/// <summary>Endpoints as the README writes them: OpenAI and Ollama end in <c>/v1</c>, Azure OpenAI's v1 endpoint in <c>/openai/v1/</c>.</summary>
public sealed class EndpointFormTests
{
    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public async Task RephraseAsync_EndpointWithOrWithoutTrailingSlash_PostsToChatCompletionsWithTheKeyAsBearer(string tail)
    {
        // Arrange: the fake serves /v1/chat/completions only, so a doubled or missing segment would be a 404.
        await using var harness = (await RephraserHarness.StartAsync(o => (o.Endpoint, o.ApiKey) = (o.Endpoint + tail, "azure-key-0123"))).Answering(Answer(GoodTexts));

        // Act
        var advice = await harness.RephraseAsync();

        // Assert
        Assert.Equal(RephrasingOutcome.Rephrased, advice.Outcome);
        Assert.Equal("Bearer azure-key-0123", Assert.Single(harness.Server.Requests).Authorization);
        Assert.Equal("fake-model", Assert.Single(harness.Server.Requests).Body["model"]!.GetValue<string>());
    }
}
