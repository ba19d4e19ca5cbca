using System.Collections.Concurrent;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.BotFramework.Tests.TestSupport;

/// <summary>A stand-in conversation: welcomes with a question, echoes messages, and remembers every turn it got.</summary>
internal sealed class RecordingEngine : IConversationEngine
{
    public const string Welcome = "Welkom! Ik help je regio op weg met Samen Opleiden.";

    public static readonly QuestionReply FirstQuestion = new(
        "Is jullie regio een tekortregio of een krimpregio?",
        [new Choice("Tekortregio", "tekort"), new Choice("Krimpregio", "krimp")],
        new Progress(1, 5, "vraag 1 van 5"));

    public ConcurrentQueue<TurnInput> Turns { get; } = new();

    public Func<TurnInput, IReadOnlyList<Reply>>? Respond { get; set; }

    public Task<IReadOnlyList<Reply>> HandleAsync(TurnInput input, CancellationToken cancellationToken)
    {
        Turns.Enqueue(input);
        IReadOnlyList<Reply> replies = Respond?.Invoke(input) ?? (input.Kind == TurnKind.ConversationStarted
            ? [new TextReply(Welcome), FirstQuestion]
            : [new TextReply($"Je zei: {input.Text}")]);
        return Task.FromResult(replies);
    }
}
