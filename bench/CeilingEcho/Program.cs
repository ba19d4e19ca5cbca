using CeilingEcho;

// The ceiling of the benchmark: POST /api/messages answers an expectReplies activity with one echo reply and does no
// other work (no auth, no state, no logging), so it shows what Kestrel and System.Text.Json cost on this machine.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.TypeInfoResolverChain.Insert(0, EchoJson.Default);
    o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
});

var app = builder.Build();
app.MapPost("/api/messages", (EchoActivity activity) => Results.Ok(new EchoReplies([new EchoActivity
{
    Type = "message",
    Text = activity.Text,
    ReplyToId = activity.Id,
    From = activity.Recipient,
    Recipient = activity.From,
    Conversation = activity.Conversation,
    ChannelId = activity.ChannelId,
}])));
app.Run();
