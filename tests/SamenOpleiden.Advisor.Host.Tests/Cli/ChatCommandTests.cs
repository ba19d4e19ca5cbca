using System.Text.RegularExpressions;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Host.Tests.Cli;

[Trait("Needs", "Process")]
public class ChatCommandTests
{
    private static readonly string[] Profile = ["Binnenmeren", "krimp", "3", "po, vo en mbo", "75", "volledig", "weet ik niet", "buiten", "overslaan", "ja", "schoolopleider"];

    private static IEnumerable<string> BinnenmerenAnswers()
    {
        foreach (var line in Profile)
        {
            yield return line;
        }

        yield return "Elk partnerschap bepaalt eigen accenten.";
        yield return "ja";
        yield return "Dit is onze eigen inschatting.";
        for (var i = 1; i < 11; i++)
        {
            yield return "1";
            yield return "overslaan";
        }

        yield return "organisatiestructuur en kwaliteit";
    }

    [Fact]
    public async Task APipedChatWithBinnenmerensAnswersEndsWithFunctioneelVerbondenAndStepOneAdvice()
    {
        var db = AppFiles.TempDatabase();

        var (exitCode, output, error) = await AdvisorProcess.RunWithInputAsync(BinnenmerenAnswers().Append("volgende stap"), null, "chat", "--db", db);

        Assert.True(exitCode == 0, error);
        Assert.Contains("Welkom!", output);
        Assert.Contains("[vraag 4 van 11]", output);
        Assert.Contains("Ik lees 'Elk partnerschap bepaalt eigen accenten': dat past bij fase 1, binnen eigen organisatie. Klopt dat?", output);
        Assert.Contains("Typering: Functioneel Verbonden", output);
        Assert.Contains("Stap 1 — ", output);
        Assert.Contains("Stap 2 — ", output);
        Assert.True(File.Exists(db));
    }

    [Fact]
    public async Task AChatResumedWithItsIdContinuesAtTheQuestionWhereItStopped()
    {
        var db = AppFiles.TempDatabase();
        var (_, first, _) = await AdvisorProcess.RunWithInputAsync(Profile.Take(3), null, "chat", "--db", db);
        var id = Regex.Match(first, @"--resume (\w+)").Groups[1].Value;

        var (exitCode, second, error) = await AdvisorProcess.RunWithInputAsync(["po en vo", "samenvatting"], null, "chat", "--db", db, "--resume", id);

        Assert.True(exitCode == 0, error);
        Assert.Contains("Welkom terug", second);
        Assert.Contains("Welke sectoren", second);
        Assert.Contains("Regio: Binnenmeren", second);
        Assert.Contains("Partnerschappen: 3", second);
        Assert.Contains("Sectoren: po, vo", second);
    }

    [Fact]
    public async Task AChatWithoutDbStoresInLocalAppDataNotInTheWorkingDirectory()
    {
        var data = Directory.CreateTempSubdirectory("advisor-xdg-").FullName;

        var (exitCode, output, error) = await AdvisorProcess.RunWithInputAsync(["Binnenmeren"], new Dictionary<string, string> { ["XDG_DATA_HOME"] = data }, "chat");

        Assert.True(exitCode == 0, error);
        Assert.Contains("Is jullie regio een tekortregio of een krimpregio?", output);
        Assert.True(File.Exists(Path.Combine(data, "SamenOpleiden.Advisor", "advisor.db")));
    }

    [Fact]
    public async Task BadLinesInAPipedChatGetADutchReprompt()
    {
        var (exitCode, output, error) = await AdvisorProcess.RunWithInputAsync(["", "😀", "'; DROP TABLE conversations; --", "Binnenmeren"], null, "chat", "--db", AppFiles.TempDatabase());

        Assert.True(exitCode == 0, error);
        Assert.Contains("Ik heb geen tekst ontvangen.", output);
        Assert.Contains("geen emoji", output);
        Assert.Contains("Gebruik gewone tekst", output);
        Assert.Contains("Is jullie regio een tekortregio", output);
    }

    [Fact]
    public async Task RapportInTheTerminalWritesTheReportPageWithItsExportsBesideTheDatabase()
    {
        var db = AppFiles.TempDatabase();

        var (exitCode, output, error) = await AdvisorProcess.RunWithInputAsync(BinnenmerenAnswers().Append("rapport"), null, "chat", "--db", db);

        Assert.True(exitCode == 0, error);
        var page = Regex.Match(output, @"^(/\S+\.html)$", RegexOptions.Multiline).Groups[1].Value;
        Assert.Equal(Path.Combine(Path.GetDirectoryName(db)!, "rapporten"), Path.GetDirectoryName(page));
        var html = await File.ReadAllTextAsync(page);
        Assert.Contains("<h1>Binnenmeren</h1>", html);
        Assert.Contains("<svg", html);
        var name = Path.GetFileNameWithoutExtension(page);
        Assert.Contains($"href=\"{name}.md\"", html);
        Assert.StartsWith("# Rapport Samen Opleiden — Binnenmeren", await File.ReadAllTextAsync(Path.ChangeExtension(page, ".md")));
        Assert.Contains("Functioneel Verbonden", await File.ReadAllTextAsync(Path.ChangeExtension(page, ".json")));
    }
}
