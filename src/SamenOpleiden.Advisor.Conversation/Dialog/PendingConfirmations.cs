namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>The destructive commands that wait for a "ja".</summary>
internal static class PendingConfirmations
{
    public const string Delete = "delete";
    public const string Restart = "restart";
}
