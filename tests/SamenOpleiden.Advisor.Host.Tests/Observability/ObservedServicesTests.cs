using Microsoft.Extensions.DependencyInjection;
using Moq;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Host.Cli;
using SamenOpleiden.Advisor.Host.Observability;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Host.Tests.Observability;

/// <summary>
/// The metered engine wraps the engine that is configured, whenever it was registered: a replacement added after the
/// service's composition (as a test or an extension adds one) is measured too.
/// </summary>
public sealed class ObservedServicesTests
{
    private readonly Mock<IConversationEngine> _configured = new();

    public ObservedServicesTests() =>
        _configured.Setup(engine => engine.HandleAsync(It.IsAny<TurnInput>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new TextReply("van de vervangende engine")]);

    [Fact]
    public async Task TheWebServiceMetersTheEngineRegisteredAfterItsComposition()
    {
        await using var app = new AdvisorHost(services: services => services.AddSingleton(_configured.Object));

        await AssertMeteredAroundTheConfiguredEngineAsync(app.Services);
    }

    [Fact]
    public async Task AVerbMetersTheEngineItsAdjustmentRegistered()
    {
        await using var host = AdvisorCliHost.Build(services => services.AddSingleton(_configured.Object));

        await AssertMeteredAroundTheConfiguredEngineAsync(host.Services);
    }

    private async Task AssertMeteredAroundTheConfiguredEngineAsync(IServiceProvider services)
    {
        var engine = services.GetRequiredService<IConversationEngine>();

        var replies = await engine.HandleAsync(new TurnInput("conv-1", "user-1", TurnKind.Message, "hallo", "test", "act-1"), CancellationToken.None);

        Assert.IsType<MeteredConversationEngine>(engine);
        Assert.Equal("van de vervangende engine", Assert.IsType<TextReply>(Assert.Single(replies)).Text);
        _configured.Verify(e => e.HandleAsync(It.IsAny<TurnInput>(), It.IsAny<CancellationToken>()), Times.Once);
    }
}
