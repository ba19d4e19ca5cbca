using SamenOpleiden.Advisor.Conversation;
using Spectre.Console;

namespace SamenOpleiden.Advisor.Host.Cli.Chat;

/// <summary>
/// The terminal channel: one conversation with the engine. In a terminal it uses selectable lists;
/// with redirected input it reads one line per turn, prints plain text and stops at end of input.
/// </summary>
internal sealed class TerminalChat(IConversationEngine engine, string conversationId, string userId)
{
    private const string Channel = "terminal";
    private static readonly string[] StopWords = ["stop", "exit", "quit", "afsluiten"];

    public async Task<int> RunAsync(TextReader input, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        output.WriteLine($"Gesprek {conversationId}. Later verder? Start met: chat --resume {conversationId}");
        if (interactive)
        {
            output.WriteLine("Typ 'stop' om het gesprek te onderbreken; je antwoorden blijven bewaard.");
        }

        output.WriteLine();
        var replies = await engine.HandleAsync(Turn(TurnKind.ConversationStarted, null), cancellationToken);
        if (interactive)
        {
            var console = new SpectreChatConsole(AnsiConsole.Console);
            while (!cancellationToken.IsCancellationRequested)
            {
                console.Write(replies);
                var text = console.Ask(replies);
                if (StopWords.Contains(text.Trim(), StringComparer.OrdinalIgnoreCase))
                {
                    output.WriteLine($"Tot ziens! Verder gaan kan met: chat --resume {conversationId}");
                    return 0;
                }

                replies = await engine.HandleAsync(Turn(TurnKind.Message, text), cancellationToken);
            }

            return 0;
        }

        var plain = new PlainReplyWriter(output);
        plain.Write(replies);
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            output.WriteLine($"> {line}");
            var text = OfferedChoices.In(replies)?.Resolve(line) ?? line;
            replies = await engine.HandleAsync(Turn(TurnKind.Message, text), cancellationToken);
            plain.Write(replies);
        }

        return 0;
    }

    private TurnInput Turn(TurnKind kind, string? text) =>
        new(conversationId, userId, kind, text, Channel, Guid.NewGuid().ToString("N"));
}
