using System.Text.Json;

namespace SamenOpleiden.Advisor.BotFramework.Schema;

/// <summary>
/// The body of <c>POST v3/conversations</c>: a new conversation (here always a 1:1 chat) between the bot and members.
/// Teams wants the tenant both as <see cref="TenantId"/> and in <c>channelData.tenant.id</c> (bot-framework.md §3.2).
/// </summary>
public sealed class ConversationParameters
{
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount> Members { get; set; } = [];
    public bool IsGroup { get; set; }
    public string? TenantId { get; set; }
    public JsonElement? ChannelData { get; set; }
}
