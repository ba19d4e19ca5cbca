using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace SamenOpleiden.Advisor.BotFramework.Teams;

/// <summary>
/// Writes the sideloadable Teams app package: a zip with <c>manifest.json</c>, <c>color.png</c> (192×192) and
/// <c>outline.png</c> (32×32) at its root, ready for "Upload a custom app" or the Teams admin centre.
/// </summary>
public static class TeamsAppPackage
{
    /// <summary>Writes the package to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentException">The app id is not a GUID, a URL is not https, or the colour is not #rrggbb.</exception>
    public static void Write(TeamsAppPackageOptions options, Stream output)
    {
        var manifest = BuildManifest(options);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(manifest, ManifestJson.Options));
        Add(zip, manifest.Icons.Color, AppIcons.Color(ParseColor(options.AccentColor)));
        Add(zip, manifest.Icons.Outline, AppIcons.Outline());
    }

    internal static TeamsManifest BuildManifest(TeamsAppPackageOptions options)
    {
        if (!Guid.TryParseExact(options.AppId, "D", out _))
        {
            throw new ArgumentException($"De app-id '{options.AppId}' is geen GUID; gebruik de Microsoft App ID van de Azure Bot.", nameof(options));
        }

        var website = Https(options.WebsiteUrl);
        return new TeamsManifest(
            options.Version,
            options.AppId,
            new ManifestDeveloper(options.DeveloperName, website, Https(options.PrivacyUrl ?? options.WebsiteUrl), Https(options.TermsOfUseUrl ?? options.WebsiteUrl)),
            new ManifestName("Samen Opleiden Adviseur", "Samen Opleiden Adviseur voor Onderwijsregio's"),
            new ManifestDescription(
                "Bepaal waar je regio staat met Samen Opleiden en krijg stapsgewijs advies.",
                "De adviseur stelt vragen over de elf aandachtspunten van Samen Opleiden, bepaalt per aandachtspunt de fase " +
                "en de typering van je Onderwijsregio, en geeft concreet advies in stappen: wat nu, wat daarna. " +
                "Het advies komt uit vaste, controleerbare regels; met 'waarom' zie je waarop het berust."),
            new ManifestIcons("color.png", "outline.png"),
            options.AccentColor,
            [new ManifestBot(options.AppId, ["personal", "team", "groupChat"], [PersonalCommands(), GroupCommands()])]);
    }

    private static ManifestCommandList PersonalCommands() => new(["personal"],
    [
        new("help", "Wat kan ik vragen en welke opdrachten zijn er?"),
        new("samenvatting", "Je antwoorden tot nu toe"),
        new("toelichting", "Iets toelichten bij een focuspunt"),
        new("advies", "Het stapsgewijze advies voor je regio"),
        new("waarom", "Welke regels leidden tot het advies"),
        new("rapport", "Een link naar het rapport"),
        new("opnieuw", "Begin een nieuwe vragenlijst"),
    ]);

    // In a group chat or team the conversation moves to the person's 1:1 chat: these answer there, never in the group.
    private static ManifestCommandList GroupCommands() => new(["team", "groupChat"],
    [
        new("start", "Begin je eigen scan in een persoonlijk gesprek"),
        new("samenvatting", "Je eigen antwoorden, in je persoonlijke chat"),
        new("verwijder mijn gegevens", "Verwijder wat de adviseur van jou bewaart"),
    ]);

    private static string Https(Uri url) => url.IsAbsoluteUri && url.Scheme == Uri.UriSchemeHttps
        ? url.AbsoluteUri
        : throw new ArgumentException($"Teams eist https-adressen; '{url}' is dat niet.", nameof(url));

    private static (byte R, byte G, byte B) ParseColor(string hex)
    {
        if (hex.Length != 7 || hex[0] != '#' || !int.TryParse(hex.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
        {
            throw new ArgumentException($"De kleur '{hex}' is geen #rrggbb.", nameof(hex));
        }

        return ((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }
}
