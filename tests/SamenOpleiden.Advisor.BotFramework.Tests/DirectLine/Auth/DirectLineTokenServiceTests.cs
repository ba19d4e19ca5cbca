using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.BotFramework.DirectLine;
using SamenOpleiden.Advisor.BotFramework.DirectLine.Auth;

namespace SamenOpleiden.Advisor.BotFramework.Tests.DirectLine.Auth;

public sealed class DirectLineTokenServiceTests
{
    [Fact]
    public void Validate_OwnConversationToken_ReturnsItsConversationAndUser()
    {
        var target = CreateTarget("secret-a");

        var check = target.Validate(target.Issue("conv-1", "dl_user"), DirectLineTokenService.ConversationScope, out var claims);

        Assert.Equal(TokenCheck.Valid, check);
        Assert.Equal("conv-1", claims!.ConversationId);
        Assert.Equal("dl_user", claims.UserId);
    }

    [Fact]
    public void Validate_StreamTokenUsedAsConversationToken_IsInvalid()
    {
        var target = CreateTarget("secret-a");

        var check = target.Validate(target.IssueStream("conv-1"), DirectLineTokenService.ConversationScope, out _);

        Assert.Equal(TokenCheck.Invalid, check);
    }

    [Fact]
    public void Validate_TokenSignedWithAnotherSecret_IsInvalid()
    {
        var token = CreateTarget("secret-a").Issue("conv-1", null);

        Assert.Equal(TokenCheck.Invalid, CreateTarget("secret-b").Validate(token, DirectLineTokenService.ConversationScope, out _));
        Assert.Equal(TokenCheck.Invalid, CreateTarget("secret-a").Validate("not.a.token", DirectLineTokenService.ConversationScope, out _));
    }

    private static DirectLineTokenService CreateTarget(string secret)
    {
        var options = Options.Create(new DirectLineOptions { Secret = secret });
        return new DirectLineTokenService(new DirectLineSecret(options), options, TimeProvider.System);
    }
}
