using SamenOpleiden.Advisor.Testing;
using System.Net;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Core.Reports;
using static SamenOpleiden.Advisor.Host.Tests.Reports.Html.PageDocument;

namespace SamenOpleiden.Advisor.Host.Tests.Reports;

public sealed class RegionChatTests : IDisposable
{
    private readonly AdvisorHost _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task FourRespondentsWhoJoinByCodeFeedTheRegionPageAndASecondRoundShowsTheChange()
    {
        var region = await _app.Regions.CreateAsync("Onderwijsregio Noord", default);
        var chat = new RegionChatDriver(_app);
        var roles = new[] { "bestuurder", "schoolleider", "opleider", "HR" };
        foreach (var role in roles)
        {
            var phases = role == "HR" ? new Dictionary<string, int> { ["kwaliteit"] = 3 } : [];
            var transcript = await chat.AssessAsync("user-" + role, region.AccessCode.ToLowerInvariant(), role, phases);
            Assert.Contains(transcript.OfType<TextReply>(), r => r.Text.StartsWith("Je doet mee met Onderwijsregio Noord (ronde 1)", StringComparison.Ordinal));
            Assert.IsType<ReportLinkReply>(transcript[^1]);
        }

        var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        var first = await client.GetStringAsync($"/regio/{region.RegionId}?token={region.CoordinatorToken}");
        Assert.Contains("4 respondenten", first);
        Assert.Contains("twee fasen uiteen", Row(first, "kwaliteit").TextContent);
        Assert.Contains("Bestuurder: fase 1, Schoolleider: fase 1, Opleider: fase 1, HR: fase 3", first);

        var opened = await client.PostAsync($"/regio/{region.RegionId}/rondes?token={region.CoordinatorToken}", null);
        foreach (var role in roles)
        {
            var transcript = await chat.AssessAsync("user-" + role, region.AccessCode, role, new Dictionary<string, int> { ["professionals-hr"] = 2 });
            Assert.Contains(transcript.OfType<TextReply>(), r => r.Text.Contains("(ronde 2)", StringComparison.Ordinal));
        }

        var second = await client.GetStringAsync(opened.Headers.Location!.ToString());
        Assert.Contains("— ronde 2</h1>", second);
        Assert.Equal("+1", Cells(Row(second, "professionals-hr"))[9]);
        Assert.DoesNotContain("twee fasen uiteen", Row(second, "kwaliteit").TextContent);
        Assert.Contains("vergeleken met ronde 1", second);
    }

    [Fact]
    public async Task AnUnknownCodeIsRefusedInDutchAndTheConversationGoesOnWithoutARegion()
    {
        var chat = new RegionChatDriver(_app);
        await chat.SayAsync("c1", "anna", null);

        var refused = await chat.SayAsync("c1", "anna", "ZZZZ-ZZZZ");
        var skipped = await chat.SayAsync("c1", "anna", "geen");

        Assert.Equal("Die regiocode ken ik niet.", ((TextReply)refused[0]).Text[..26]);
        Assert.Contains("regiocode", ((QuestionReply)refused[^1]).Text);
        Assert.Equal("Hoe heet jullie Onderwijsregio?", ((QuestionReply)skipped[^1]).Text);
    }

    [Fact]
    public async Task ACodeTypedLaterWithRegiocodeJoinsAndPrefillsNothingAlreadyAnswered()
    {
        var region = await _app.Regions.CreateAsync("Zuid", default);
        var chat = new RegionChatDriver(_app);
        await chat.SayAsync("c1", "bob", null);
        await chat.SayAsync("c1", "bob", "geen");
        await chat.SayAsync("c1", "bob", "Mijn regio");

        var joined = await chat.SayAsync("c1", "bob", "regiocode " + region.AccessCode);

        Assert.StartsWith("Je doet mee met regio Zuid (ronde 1)", ((TextReply)joined[0]).Text);
        Assert.StartsWith("Is jullie regio een tekortregio", ((QuestionReply)joined[^1]).Text);
    }

    [Fact]
    public async Task AfterFiveUnknownCodesEvenTheRightCodeIsRefusedForAWhile()
    {
        var region = await _app.Regions.CreateAsync("West", default);
        var chat = new RegionChatDriver(_app);
        await chat.SayAsync("c1", "eve", null);
        for (var guess = 0; guess < 4; guess++)
        {
            await chat.SayAsync("c1", "eve", $"AAAA-AAA{guess + 2}");
        }

        var fifth = await chat.SayAsync("c1", "eve", "AAAA-AAA9");
        var right = await chat.SayAsync("c1", "eve", region.AccessCode);

        Assert.StartsWith("Er zijn te veel onbekende regiocodes geprobeerd", ((TextReply)fifth[0]).Text);
        Assert.StartsWith("Er zijn te veel onbekende regiocodes geprobeerd", ((TextReply)right[0]).Text);
        Assert.DoesNotContain(right.OfType<TextReply>(), r => r.Text.StartsWith("Je doet mee", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownCodesCountAcrossConversationsSoANewConversationDoesNotStartTheCountAgain()
    {
        var region = await _app.Regions.CreateAsync("Oost", default);
        var chat = new RegionChatDriver(_app);
        for (var conversation = 0; conversation < 5; conversation++)
        {
            await chat.SayAsync($"c{conversation}", "mallory", null);
            await chat.SayAsync($"c{conversation}", "mallory", $"BBBB-BBB{conversation + 2}");
        }

        await chat.SayAsync("c6", "mallory", null);
        var sixth = await chat.SayAsync("c6", "mallory", region.AccessCode);
        await chat.SayAsync("other", "olga", null);
        var someoneElse = await chat.SayAsync("other", "olga", region.AccessCode);

        Assert.StartsWith("Er zijn te veel onbekende regiocodes geprobeerd", ((TextReply)sixth[0]).Text);
        Assert.StartsWith("Je doet mee met regio Oost", ((TextReply)someoneElse[0]).Text);
    }
}
