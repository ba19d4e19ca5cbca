using System.CommandLine;
using SamenOpleiden.Advisor.BotFramework.Teams;

namespace SamenOpleiden.Advisor.Host.Cli;

/// <summary>
/// <c>teams-package [--app-id GUID] [--output FILE]</c>: writes the Teams app package (manifest + icons) a Teams admin
/// uploads. The app id defaults to the service's own <c>MicrosoftAppId</c> setting.
/// </summary>
internal static class TeamsPackageCommand
{
    private const int BadInput = 2;

    public static Command Create()
    {
        var appId = new Option<string?>("--app-id") { Description = "De Microsoft App ID van de Azure Bot (standaard: de instelling MicrosoftAppId)." };
        var output = new Option<string>("--output", "-o") { Description = "Het zip-bestand dat geschreven wordt.", DefaultValueFactory = _ => "samenopleiden-adviseur-teams.zip" };
        var appVersion = new Option<string>("--app-version") { Description = "Versie van de app (semver); verhoog die bij elke nieuwe upload.", DefaultValueFactory = _ => "1.0.0" };
        var website = new Option<string?>("--website") { Description = "Website van de uitgever (https)." };
        var privacy = new Option<string?>("--privacy-url") { Description = "Privacyverklaring (https); standaard de website." };
        var terms = new Option<string?>("--terms-url") { Description = "Gebruiksvoorwaarden (https); standaard de website." };
        var command = new Command("teams-package", "Schrijf het Teams-app-pakket (manifest en iconen) om de adviseur in Teams te installeren.")
        {
            appId, output, appVersion, website, privacy, terms,
        };
        command.SetAction(async result =>
        {
            await using var host = AdvisorCliHost.Build();
            return Run(
                result.GetValue(appId) ?? host.Configuration["MicrosoftAppId"],
                result.GetValue(output)!,
                result.GetValue(appVersion)!,
                result.GetValue(website),
                result.GetValue(privacy),
                result.GetValue(terms));
        });
        return command;
    }

    private static int Run(string? appId, string output, string appVersion, string? website, string? privacy, string? terms)
    {
        if (string.IsNullOrWhiteSpace(appId))
        {
            return Fail("geef de Microsoft App ID van de Azure Bot met --app-id of de instelling MicrosoftAppId");
        }

        TeamsAppPackageOptions options;
        try
        {
            var defaults = new TeamsAppPackageOptions { AppId = appId };
            options = new TeamsAppPackageOptions
            {
                AppId = appId,
                Version = appVersion,
                WebsiteUrl = website is null ? defaults.WebsiteUrl : new Uri(website),
                PrivacyUrl = privacy is null ? null : new Uri(privacy),
                TermsOfUseUrl = terms is null ? null : new Uri(terms),
            };
        }
        catch (UriFormatException e)
        {
            return Fail($"een adres is ongeldig ({e.Message})");
        }

        var path = Path.GetFullPath(output);
        try
        {
            using var buffer = new MemoryStream();
            TeamsAppPackage.Write(options, buffer);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, buffer.ToArray());
        }
        catch (ArgumentException e)
        {
            return Fail(e.Message.Split(" (Parameter", 2)[0]);
        }
        catch (IOException e)
        {
            return Fail($"'{path}' kan niet geschreven worden ({e.Message})");
        }

        Console.WriteLine($"Teams-app-pakket geschreven: {path}");
        Console.WriteLine("Upload het in Teams via Apps > Apps beheren > Een app uploaden, of in het Teams-beheercentrum.");
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"Fout: {message}");
        return BadInput;
    }
}
