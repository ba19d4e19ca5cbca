using System.Net;
using SamenOpleiden.Advisor.BotFramework.Tests.TestSupport;

namespace SamenOpleiden.Advisor.BotFramework.Tests.Auth;

/// <summary>Without MicrosoftAppId the bot works unauthenticated, like the SDK with the Bot Framework Emulator.</summary>
public sealed class DevelopmentModeTests : IAsyncLifetime
{
    private BotEndpoint _bot = null!;

    public async Task InitializeAsync() => _bot = await BotEndpoint.StartAsync(withAppId: false);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task ARequestWithoutATokenIsAnsweredAndRepliesCarryNoToken()
    {
        using var response = await _bot.PostAsync(_bot.Message("hallo"), authorization: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_bot.Channel.ConnectorCalls);
        Assert.Equal("", call.Authorization);
        Assert.Equal(0, _bot.Channel.TokenRequests);
    }

    [Fact]
    public async Task ARequestWithATokenThatCannotBeCheckedIsRefused()
    {
        using var response = await _bot.PostSignedAsync(_bot.Message("hallo"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Engine.Turns);
    }
}
