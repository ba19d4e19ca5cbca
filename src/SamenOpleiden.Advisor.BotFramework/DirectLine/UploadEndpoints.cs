using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using SamenOpleiden.Advisor.BotFramework.DirectLine.Auth;
using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>
/// <c>POST .../upload</c>: a multipart body with an <c>activity</c> part (the activity without
/// contentUrls) and one <c>file</c> part per attachment. Files get URLs that serve their bytes,
/// and the activity then goes the same way as a posted one.
/// </summary>
internal static class UploadEndpoints
{
    public static void MapUploads(this RouteGroupBuilder group)
    {
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync).RequireRateLimiting(DirectLineRateLimits.PerConversation);
        group.MapGet("/attachments/{attachmentId}", (string attachmentId, AttachmentCache files) =>
            files.Find(attachmentId) is { } file
                ? Results.File(file.Content, file.ContentType)
                : DirectLineErrors.NotFound("Attachment not found."));
    }

    private static async Task<IResult> UploadAsync(
        string conversationId, string? userId, HttpRequest request, DirectLineAuthenticator auth, ChannelLimits limits,
        DirectLineConversations conversations, AttachmentCache files, DirectLineUrls urls, CancellationToken cancellationToken)
    {
        var caller = auth.AuthenticateFor(request, conversationId, out var failure);
        if (caller is null)
        {
            return failure!;
        }

        if (userId is not null && string.IsNullOrWhiteSpace(userId))
        {
            return DirectLineErrors.BadRequest("MissingProperty", "The userId is blank.");
        }

        if (!await conversations.ExistsAsync(conversationId, cancellationToken))
        {
            return DirectLineErrors.ConversationNotFound();
        }

        if (!request.HasFormContentType)
        {
            return DirectLineErrors.BadRequest("BadArgument", "Expected multipart/form-data.");
        }

        var maxBytes = limits.MaxUploadBytes;
        if (request.ContentLength > maxBytes)
        {
            return DirectLineErrors.TooLarge($"An upload may hold at most {maxBytes} bytes.");
        }

        IFormCollection form;
        try
        {
            // Bounded without a Content-Length too: the form reader stops at the limit instead of buffering on.
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBytes, ValueLengthLimit = limits.MaxActivityBytes }, cancellationToken);
        }
        catch (InvalidDataException)
        {
            return DirectLineErrors.TooLarge($"An upload may hold at most {maxBytes} bytes, and its activity {limits.MaxActivityBytes}.");
        }

        if (form.Files.GetFile("activity") is { Length: var length } && length > limits.MaxActivityBytes)
        {
            return DirectLineErrors.TooLarge($"The activity is larger than {limits.MaxActivityBytes} bytes.");
        }

        var activity = await ReadActivityAsync(form, cancellationToken);
        if (activity is null)
        {
            return DirectLineErrors.BadRequest("MissingProperty", "The upload needs an 'activity' part holding an activity.");
        }

        var uploads = form.Files.GetFiles("file");
        if (uploads.Any(upload => upload.Length > AttachmentCache.MaxFileBytes))
        {
            return DirectLineErrors.BadRequest("BadArgument", "A file is larger than 4 MB.");
        }

        activity.Attachments = await AttachAsync(conversationId, activity.Attachments ?? [], uploads, files, urls, request, cancellationToken);
        activity.From ??= new ChannelAccount { Id = userId };
        return await ActivityEndpoints.AcceptAsync(activity, caller, conversationId, request, conversations, urls, cancellationToken);
    }

    private static async Task<Activity?> ReadActivityAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        try
        {
            if (form.Files.GetFile("activity") is { } part)
            {
                await using var stream = part.OpenReadStream();
                return await JsonSerializer.DeserializeAsync<Activity>(stream, ActivityJson.Options, cancellationToken);
            }

            return form.TryGetValue("activity", out var field) ? JsonSerializer.Deserialize<Activity>(field.ToString(), ActivityJson.Options) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Matches files to the activity's attachments by (de-duplicated) name, else by order.</summary>
    private static async Task<List<Attachment>> AttachAsync(
        string conversationId, List<Attachment> described, IReadOnlyList<IFormFile> uploads, AttachmentCache files, DirectLineUrls urls,
        HttpRequest request, CancellationToken cancellationToken)
    {
        var result = new List<Attachment>();
        var unmatched = described.ToList();
        foreach (var upload in uploads)
        {
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, cancellationToken);
            var contentType = string.IsNullOrEmpty(upload.ContentType) ? "application/octet-stream" : upload.ContentType;
            var id = files.Add(conversationId, buffer.ToArray(), contentType, upload.FileName);

            var match = unmatched.FirstOrDefault(a => a.Name == upload.FileName) ?? unmatched.FirstOrDefault();
            unmatched.Remove(match!);
            result.Add(new Attachment
            {
                ContentType = match?.ContentType ?? contentType,
                Name = match?.Name ?? upload.FileName,
                ThumbnailUrl = match?.ThumbnailUrl,
                ContentUrl = urls.AttachmentUrl(request, id),
            });
        }

        result.AddRange(unmatched);
        return result;
    }
}
