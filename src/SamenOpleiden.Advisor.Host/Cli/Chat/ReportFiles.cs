using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Host.Reports;
using SamenOpleiden.Advisor.Host.Reports.Html;

namespace SamenOpleiden.Advisor.Host.Cli.Chat;

/// <summary>
/// The terminal's <c>rapport</c>: a terminal has no web page to link to, so the report is written as files that the
/// respondent opens: the HTML page (the radar chart, printable as PDF) with its Markdown and JSON beside it, named after
/// the moment the assessment was finished. Like a report saved from the web chat, the files are the respondent's own
/// copy: 'verwijder mijn gegevens' erases what the advisor stores, not them.
/// </summary>
internal sealed class ReportFiles(IConversationStore conversations, IAssessmentEvaluator rules, IServiceProvider services, string directory) : IReportLinks
{
    /// <returns>The full path of the HTML page.</returns>
    public async Task<string?> LinkForAsync(FinishedAssessmentReference reference, CancellationToken cancellationToken)
    {
        if (await conversations.FindOwnAsync(reference, cancellationToken) is not { } own)
        {
            return null;
        }

        var (finished, result) = own;
        var document = new ReportDocument(result, finished.Remarks, finished.CompletedAt, rules.Typology);
        var name = "rapport-" + ReportText.FileStamp(finished.CompletedAt);
        Directory.CreateDirectory(directory);
        var page = Path.GetFullPath(Path.Combine(directory, name + ".html"));
        // The page links its exports by its own name, so they open beside it.
        await File.WriteAllTextAsync(page, await HtmlPage.RenderAsync<AssessmentReportPage>(services, document.PageParameters(name)), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, name + ".md"), document.Markdown(), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, name + ".json"), document.Json(), cancellationToken);
        return page;
    }
}
