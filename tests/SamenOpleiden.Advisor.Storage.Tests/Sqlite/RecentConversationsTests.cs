using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Storage.Sqlite;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class RecentConversationsTests
{
    [Fact]
    public void TryTake_AnEntry_HandsItOutOnceSoTwoTurnsNeverShareAState()
    {
        var recent = new RecentConversations();
        var state = State("c1", "u1");
        recent.Put(state, 3);

        var first = recent.TryTake("c1");
        var second = recent.TryTake("c1");

        Assert.Same(state, first!.State);
        Assert.Equal(3, first.Version);
        Assert.Null(second);
    }

    [Fact]
    public void Put_MoreConversationsThanItsCapacity_KeepsTheMostRecentAndForgetsTheOldest()
    {
        var recent = new RecentConversations(capacity: 10);

        for (var i = 1; i <= 11; i++)
        {
            recent.Put(State($"c{i}", "u"), 1);
        }

        Assert.Null(recent.TryTake("c1"));
        Assert.NotNull(recent.TryTake("c11"));
        Assert.NotNull(recent.TryTake("c10"));
    }

    [Fact]
    public void ForgetRespondent_TheirConversations_GoneAndOthersKept()
    {
        var recent = new RecentConversations();
        recent.Put(State("c1", "u1"), 1);
        recent.Put(State("c2", "u1"), 1);
        recent.Put(State("c3", "u2"), 1);

        recent.ForgetRespondent("u1");

        Assert.Null(recent.TryTake("c1"));
        Assert.Null(recent.TryTake("c2"));
        Assert.NotNull(recent.TryTake("c3"));
    }

    private static ConversationState State(string conversation, string respondent) =>
        new() { ConversationKey = conversation, RespondentKey = respondent };
}
