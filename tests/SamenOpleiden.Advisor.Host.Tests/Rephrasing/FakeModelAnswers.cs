using System.Text.Json;
using System.Text.Json.Nodes;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Host.Tests.Rephrasing;

/// <summary>
/// What the fake model answers, made from the advice the service sent it: a faithful rephrasing
/// (each item's own focus point and phase, then its title, actions, who and when) and ways to spoil it.
/// </summary>
internal static class FakeModelAnswers
{
    /// <summary>Words every faithful item text has and no rule text has, so a test can tell rephrased advice from the rules' words.</summary>
    public const string Marker = "werken jullie naar";

    private static readonly string[] ForeignFocusPoints = ["Toekomstbestendigheid", "Loopbaanontwikkeling", "Bovenbestuurlijke solidariteit"];

    public static FakeReply Faithful(FakeChatServer server) => Answer(Items(server));

    public static FakeReply DroppedItem(FakeChatServer server) => Answer(Items(server).SkipLast(1));

    public static FakeReply InventedFocusPoint(FakeChatServer server) => Answer(Items(server).Select((item, i) =>
    {
        if (i > 0)
        {
            return item;
        }

        var foreign = ForeignFocusPoints.First(f => !item.Advice.Contains(f, StringComparison.OrdinalIgnoreCase));
        return item with { Text = $"{item.Text} Kijk daarbij ook naar {foreign}." };
    }));

    public static FakeReply English(FakeChatServer server) => Answer(Items(server).Select(item => item with
    {
        Text = "Please appoint a coordinator with a mandate and a budget, and make sure that the board is involved in all of the decisions that are made.",
    }));

    private static FakeReply Answer(IEnumerable<AdviceText> items) =>
        FakeReply.Content(JsonSerializer.Serialize(new { items = items.Select(i => new { id = i.Id, text = i.Text }) }));

    /// <summary>The advice items of the latest request, read from the user message as the prompt lays it out.</summary>
    private static List<AdviceText> Items(FakeChatServer server)
    {
        var user = server.Requests.Last().Body["messages"]!.AsArray().Last(m => m!["role"]!.GetValue<string>() == "user")!["content"]!.GetValue<string>();
        const string start = "Adviezen van de regels, in volgorde:", end = "Opmerkingen van de respondent";
        var from = user.IndexOf(start, StringComparison.Ordinal) + start.Length;
        var advice = JsonNode.Parse(user[from..user.IndexOf(end, from, StringComparison.Ordinal)])!.AsArray();
        return advice.Select(a => new AdviceText(a!["id"]!.GetValue<string>(), Faithful(a), a.ToJsonString())).ToList();
    }

    private static string Faithful(JsonNode advice)
    {
        var focusPoint = advice["focuspunt"]?.GetValue<string>();
        var phase = advice["fase"]?.GetValue<string>();
        var opening = (focusPoint, phase) switch
        {
            (null, null) => "Voor de hele regio geldt:",
            (null, { } p) => $"Op weg naar {p} {Marker} dit:",
            ({ } f, null) => $"Voor {f} {Marker} dit:",
            ({ } f, { } p) => $"Voor {f} {Marker} {p}:",
        };
        var actions = string.Join(" ", advice["acties"]!.AsArray().Select(a => a!.GetValue<string>()));
        var who = string.Join(", ", advice["wie"]!.AsArray().Select(w => w!.GetValue<string>()));
        return $"{opening} {advice["titel"]!.GetValue<string>().TrimEnd('.')}. {actions} Hierbij zijn {who} betrokken. Wanneer: {advice["wanneer"]!.GetValue<string>()}.";
    }

    private sealed record AdviceText(string Id, string Text, string Advice);
}
