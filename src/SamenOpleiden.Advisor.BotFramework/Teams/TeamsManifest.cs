using System.Text.Json.Serialization;

namespace SamenOpleiden.Advisor.BotFramework.Teams;

/// <summary>The parts of a Teams app manifest (schema <see cref="SchemaVersion"/>) a bot-only app needs.</summary>
internal sealed record TeamsManifest(
    string Version,
    string Id,
    ManifestDeveloper Developer,
    ManifestName Name,
    ManifestDescription Description,
    ManifestIcons Icons,
    string AccentColor,
    IReadOnlyList<ManifestBot> Bots)
{
    public const string SchemaVersion = "1.25";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string Schema => $"https://developer.microsoft.com/json-schemas/teams/v{SchemaVersion}/MicrosoftTeams.schema.json";

    [JsonPropertyOrder(-1)]
    public string ManifestVersion => SchemaVersion;

    public IReadOnlyList<string> ValidDomains { get; init; } = [];
}

internal sealed record ManifestDeveloper(string Name, string WebsiteUrl, string PrivacyUrl, string TermsOfUseUrl);

internal sealed record ManifestName(string Short, string Full);

internal sealed record ManifestDescription(string Short, string Full);

internal sealed record ManifestIcons(string Color, string Outline);

internal sealed record ManifestBot(string BotId, IReadOnlyList<string> Scopes, IReadOnlyList<ManifestCommandList> CommandLists)
{
    public bool IsNotificationOnly => false;

    public bool SupportsFiles => false;
}

internal sealed record ManifestCommandList(IReadOnlyList<string> Scopes, IReadOnlyList<ManifestCommand> Commands);

internal sealed record ManifestCommand(string Title, string Description);
