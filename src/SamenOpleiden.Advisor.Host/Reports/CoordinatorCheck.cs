using System.Globalization;
using SamenOpleiden.Advisor.Conversation.Guessing;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Host.Reports.Html;

namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>
/// Decides whether a request to a region's pages carries the region's coordinator token. Wrong tokens count per client
/// and per region (<see cref="GuessLimiter.CoordinatorToken"/>); once either is full, every request to the region's pages
/// from there gets 429 until the window ends, whatever token it carries, so guessing learns nothing more.
/// </summary>
internal sealed class CoordinatorCheck(IRegionDirectory regions, GuessLimiter guesses)
{
    /// <summary>Null when the caller is the region's coordinator; otherwise the page to answer with (403 or 429).</summary>
    public async Task<IResult?> RefuseAsync(HttpContext http, string regionId, string? token, CancellationToken cancellationToken)
    {
        var buckets = guesses.CoordinatorToken(ClientAddress.Of(http.Connection.RemoteIpAddress), regionId);
        if (await guesses.BlockedForAsync(buckets, cancellationToken) is { } wait)
        {
            return TooManyTries(http, wait);
        }

        if (await regions.IsCoordinatorAsync(regionId, token, cancellationToken))
        {
            return null;
        }

        await guesses.FailedAsync(buckets, cancellationToken);
        return HtmlPage.Message(
            "Geen toegang tot deze regio",
            "Dit overzicht is alleen zichtbaar voor de coördinator van de regio, met de eigen link van de coördinator.",
            StatusCodes.Status403Forbidden);
    }

    private static IResult TooManyTries(HttpContext http, TimeSpan wait)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return HtmlPage.Message(
            "Te veel pogingen",
            $"Er is te vaak een verkeerde link voor deze regio geopend. Probeer het over {minutes} {(minutes == 1 ? "minuut" : "minuten")} opnieuw met de eigen link van de coördinator.",
            StatusCodes.Status429TooManyRequests);
    }
}
