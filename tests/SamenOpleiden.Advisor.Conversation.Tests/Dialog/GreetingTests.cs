using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Conversation.Tests.Dialog;

public sealed class GreetingTests
{
    [Theory]
    [InlineData("Hallo")]
    [InlineData("hoi!")]
    [InlineData("Goedemorgen")]
    public async Task Greeting_AtTheFirstQuestion_IsGreetedBackAndNeverTakenAsTheRegionsName(string greeting)
    {
        var chat = new ChatDriver();
        await chat.StartAsync();

        await chat.SayAsync(greeting);

        var state = await chat.StateAsync();
        Assert.Null(state.Profile.RegionName);
        Assert.Equal("profile:regionName", state.Current);
        Assert.StartsWith("Hallo!", chat.LastText);
        Assert.Contains("Hoe heet jullie Onderwijsregio?", Assert.IsType<QuestionReply>(chat.Last[^1]).Text);
    }

    [Fact]
    public async Task RegionName_AfterAGreeting_IsTakenAsTheName()
    {
        var chat = new ChatDriver();
        await chat.StartAsync();

        await chat.SayAsync("hoi");
        await chat.SayAsync("Binnenmeren");

        Assert.Equal("Binnenmeren", (await chat.StateAsync()).Profile.RegionName);
    }
}
