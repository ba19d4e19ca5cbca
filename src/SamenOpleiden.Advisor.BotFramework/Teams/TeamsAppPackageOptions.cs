namespace SamenOpleiden.Advisor.BotFramework.Teams;

/// <summary>What goes into the Teams app package; only the app id has no sensible default.</summary>
public sealed class TeamsAppPackageOptions
{
    /// <summary>The Azure Bot's Microsoft App ID (a GUID); also used as the Teams app id.</summary>
    public required string AppId { get; init; }

    /// <summary>The app's version (semver); raise it for every upload of a changed package.</summary>
    public string Version { get; init; } = "1.0.0";

    /// <summary>Shown in Teams as the app's publisher (at most 32 characters).</summary>
    public string DeveloperName { get; init; } = "Platform Samen Opleiden";

    /// <summary>The developer's website (https).</summary>
    public Uri WebsiteUrl { get; init; } = new("https://platformsamenopleiden.nl/");

    /// <summary>The privacy statement (https); the website when not given.</summary>
    public Uri? PrivacyUrl { get; init; }

    /// <summary>The terms of use (https); the website when not given.</summary>
    public Uri? TermsOfUseUrl { get; init; }

    /// <summary>The icon background and Teams accent colour, as #rrggbb.</summary>
    public string AccentColor { get; init; } = "#00509E";
}
