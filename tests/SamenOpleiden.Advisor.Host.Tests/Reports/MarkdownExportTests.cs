using SamenOpleiden.Advisor.Testing;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SamenOpleiden.Advisor.Testing.Reports;

namespace SamenOpleiden.Advisor.Host.Tests.Reports;

public sealed class MarkdownExportTests : IDisposable
{
    private readonly AdvisorHost _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [MemberData(nameof(SharedCases.Ids), MemberType = typeof(SharedCases))]
    public async Task TheMarkdownExportParsesWithTheSameSectionsAndATableOfElevenFocusPoints(string caseId)
    {
        var result = ResultFixtures.SharedCase(caseId);
        var link = await _app.SaveAsync("web:1", result);

        var markdown = await _app.CreateClient().GetStringAsync(link.Path + ".md");

        var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        var headings = document.Descendants<HeadingBlock>().Where(h => h.Level == 2).Select(Text).ToList();
        Assert.Equal(["Typering", "Regioprofiel", "Fase per focuspunt", "Stappenplan", "Vervolgvragen", "Verantwoording per focuspunt",
            "Bijlage: de regels achter dit rapport"], headings);
        var table = Assert.Single(document.Descendants<Table>());
        Assert.Equal(12, table.Count);
        Assert.All(table.Cast<TableRow>(), row => Assert.Equal(6, row.Count));
        var itemTitles = document.Descendants<HeadingBlock>().Where(h => h.Level == 4).Select(Text);
        Assert.Equal(result.Steps.SelectMany(s => s.Items).Select(i => i.Title), itemTitles);
    }

    [Fact]
    public async Task ARemarkWithMarkdownCharactersStaysInItsCell()
    {
        var link = await _app.SaveAsync(
            "web:1", ResultFixtures.SharedCase("binnenmeren"), remarks: new Dictionary<string, string> { ["relaties"] = "goed | *soms* [link](x)\nnieuwe regel" });

        var markdown = await _app.CreateClient().GetStringAsync(link.Path + ".md");

        var table = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build()).Descendants<Table>().Single();
        Assert.All(table.Cast<TableRow>(), row => Assert.Equal(6, row.Count));
        var html = Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        Assert.Contains("goed | *soms* [link](x) nieuwe regel", System.Net.WebUtility.HtmlDecode(html));
    }

    private static string Text(HeadingBlock heading) =>
        string.Concat(heading.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
