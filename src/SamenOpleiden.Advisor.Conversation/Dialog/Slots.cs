namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>
/// The questions of a conversation as stable keys ("fp:financien", "remark:financien",
/// "followup:rule-id", "profile:regionName", "ambition", "result"), stored in the state.
/// </summary>
internal static class Slots
{
    public const string Ambition = "ambition";
    public const string Result = "result";

    /// <summary>The optional question for the region's access code, before the profile; only when the host knows regions.</summary>
    public const string RegionCode = "regiocode";

    public static string Profile(string key) => "profile:" + key;

    public static string FocusPoint(string id) => "fp:" + id;

    public static string Remark(string id) => "remark:" + id;

    public static string FollowUp(string id) => "followup:" + id;

    /// <summary>The slot's kind ("profile", "fp", "remark", "followup", "ambition", "result") and its argument.</summary>
    public static (string Kind, string Argument) Parse(string slot)
    {
        var colon = slot.IndexOf(':');
        return colon < 0 ? (slot, "") : (slot[..colon], slot[(colon + 1)..]);
    }
}
