using Microsoft.AspNetCore.Http;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>
/// Direct Line's ErrorResponse bodies. The status codes are chosen for how DirectLineJS reacts to
/// them: 403 only for an invalid or expired token (Web Chat ends the chat on it), 404 for an
/// unknown or erased conversation, 400 for a malformed request, 413 for an activity above the size limit or a
/// conversation that is full.
/// </summary>
internal static class DirectLineErrors
{
    public static IResult MissingAuth() =>
        Error(StatusCodes.Status401Unauthorized, "Unauthorized", "An 'Authorization: Bearer <secret or token>' header is required.");

    public static IResult SecretRequired() =>
        Error(StatusCodes.Status401Unauthorized, "Unauthorized", "This call needs the Direct Line secret.");

    public static IResult TokenExpired() =>
        Error(StatusCodes.Status403Forbidden, "TokenExpired", "Token expired.");

    public static IResult InvalidToken() =>
        Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is not valid for this conversation.");

    public static IResult ConversationNotFound() =>
        Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");

    public static IResult NotFound(string what) =>
        Error(StatusCodes.Status404NotFound, "NotFound", what);

    public static IResult BadRequest(string code, string message) =>
        Error(StatusCodes.Status400BadRequest, code, message);

    public static IResult TooLarge(string message) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", message);

    public static IResult TooManyRequests() =>
        Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests; slow down.");

    public static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorBody(new ErrorDetail(code, message)), statusCode: status);

    private sealed record ErrorBody(ErrorDetail Error);

    private sealed record ErrorDetail(string Code, string Message);
}
