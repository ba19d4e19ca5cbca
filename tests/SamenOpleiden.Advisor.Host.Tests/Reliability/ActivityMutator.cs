using System.Text;
using System.Text.Json.Nodes;

namespace SamenOpleiden.Advisor.Host.Tests.Reliability;

/// <summary>Seeded generator of broken input for the fuzz run: mutated activities, tokens, ids and watermarks.</summary>
internal sealed class ActivityMutator(int seed)
{
    private static readonly string[] Types = ["message", "typing", "conversationUpdate", "invoke", "event", "", "MESSAGE", "x"];
    private static readonly string[] Oddities = ["", " ", "\0", "null", "[]", "{}", "\"", "'; DROP TABLE transcript_entry; --", "../../etc/passwd", "%00", "\u202e", "😀", "<script>", "-1", "9999999999999999999999"];
    private readonly Random _random = new(seed);

    public int Next(int max) => _random.Next(max);

    public string Pick(params string[] options) => options[_random.Next(options.Length)];

    public string Oddity() => Oddities[_random.Next(Oddities.Length)];

    /// <summary>Garbage, a near-miss of a real token, or the real one.</summary>
    public string Token(string valid) => _random.Next(6) switch
    {
        0 => valid,
        1 => Flip(valid),
        2 => valid[..Math.Max(0, _random.Next(valid.Length))],
        3 => Convert.ToBase64String(Bytes(_random.Next(1, 200))),
        4 => Oddity(),
        _ => valid + "." + valid,
    };

    /// <summary>A watermark query value, valid or not.</summary>
    public string Watermark() => Pick("0", "1", "-5", "abc", "1e9", "9223372036854775808", Oddity(), _random.Next(100).ToString());

    /// <summary>A JSON body that is sometimes a fine activity and mostly a broken one.</summary>
    public string ActivityBody()
    {
        var activity = new JsonObject
        {
            ["type"] = Types[_random.Next(Types.Length)],
            ["from"] = new JsonObject { ["id"] = "user-fuzz", ["name"] = Oddity() },
            ["text"] = _random.Next(10) == 0 ? new string('a', _random.Next(1, 200_000)) : Oddity(),
            ["locale"] = Pick("nl-NL", "zh-CN", Oddity()),
        };
        switch (_random.Next(12))
        {
            case 0: activity.Remove("type"); break;
            case 1: activity.Remove("from"); break;
            case 2: activity["from"] = Oddity(); break;
            case 3: activity["type"] = 42; break;
            case 4: activity["attachments"] = new JsonArray(new JsonObject { ["contentType"] = Oddity(), ["content"] = Oddity() }); break;
            case 5: activity["channelData"] = Nested(_random.Next(1, 300)); break;
            case 6: activity["value"] = new JsonObject { ["action"] = Oddity(), ["x"] = new JsonArray(1, "2", null) }; break;
            case 7: activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = Oddity() }); break;
            case 8: activity["timestamp"] = Oddity(); break;
            case 9: activity["conversation"] = new JsonObject { ["id"] = Oddity() }; break;
            default: break;
        }

        var json = activity.ToJsonString();
        return _random.Next(4) switch
        {
            0 => Flip(json),
            1 => json[..Math.Max(0, _random.Next(json.Length))],
            _ => json,
        };
    }

    private JsonNode Nested(int depth)
    {
        JsonNode node = new JsonObject { ["leaf"] = Oddity() };
        for (var i = 0; i < depth; i++)
        {
            node = _random.Next(2) == 0 ? new JsonObject { ["n"] = node } : new JsonArray(node);
        }

        return node;
    }

    private string Flip(string text)
    {
        if (text.Length == 0)
        {
            return "\u00ff";
        }

        var chars = new StringBuilder(text);
        for (var i = 0; i < 1 + _random.Next(4); i++)
        {
            chars[_random.Next(chars.Length)] = (char)_random.Next(32, 0x2FF);
        }

        return chars.ToString();
    }

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }
}
