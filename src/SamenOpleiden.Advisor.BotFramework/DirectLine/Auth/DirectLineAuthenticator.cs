using Microsoft.AspNetCore.Http;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine.Auth;

/// <summary>Reads <c>Authorization: Bearer</c> and tells secret from token, and valid from expired.</summary>
internal sealed class DirectLineAuthenticator(DirectLineSecret secret, DirectLineTokenService tokens)
{
    /// <summary>Returns the caller, or the error response to send instead.</summary>
    public DirectLineCaller? Authenticate(HttpRequest request, out IResult? failure)
    {
        failure = null;
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            failure = DirectLineErrors.MissingAuth();
            return null;
        }

        var credential = header[7..].Trim();
        if (secret.Matches(credential))
        {
            return new DirectLineCaller(true, null);
        }

        switch (tokens.Validate(credential, DirectLineTokenService.ConversationScope, out var claims))
        {
            case TokenCheck.Valid:
                return new DirectLineCaller(false, claims);
            case TokenCheck.Expired:
                failure = DirectLineErrors.TokenExpired();
                return null;
            default:
                failure = DirectLineErrors.InvalidToken();
                return null;
        }
    }

    /// <summary>As <see cref="Authenticate"/>, and a token must belong to <paramref name="conversationId"/> (403 otherwise).</summary>
    public DirectLineCaller? AuthenticateFor(HttpRequest request, string conversationId, out IResult? failure)
    {
        var caller = Authenticate(request, out failure);
        if (caller is not null && !caller.MayUse(conversationId))
        {
            failure = DirectLineErrors.InvalidToken();
            return null;
        }

        return caller;
    }
}
