using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

/// <summary>The announcements a single SQLite instance uses.</summary>
public sealed class InProcessTranscriptNotificationsTests : TranscriptNotificationsContract
{
    protected override (ITranscriptNotifications Publisher, ITranscriptNotifications Receiver) CreatePair()
    {
        var notifications = new InProcessTranscriptNotifications();
        return (notifications, notifications);
    }
}
