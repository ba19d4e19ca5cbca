using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.BotFramework.DirectLine;

namespace SamenOpleiden.Advisor.BotFramework.Tests.DirectLine;

/// <summary>A Direct Line setting that cannot work stops the start, each fault naming its key; the defaults start.</summary>
public sealed class DirectLineOptionsTests
{
    [Fact]
    public void TheDefaultsAndTheDocumentedSettingsStart()
    {
        var failures = Faults(
            ("DirectLine:Secret", "een-lang-willekeurig-geheim-van-32-tekens"),
            ("DirectLine:AllowedOrigins", "https://samenopleiden.example.nl, http://127.0.0.1:5173/"),
            ("DirectLine:PublicBaseUrl", "https://advisor.example.nl/chat"));

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("DirectLine:Secret", "kort", "DirectLine:Secret is 4 characters long; it must be at least 16")]
    [InlineData("DirectLine:Bot", "eliza", "DirectLine:Bot 'eliza' is unknown")]
    [InlineData("DirectLine:AllowedOrigins", "samenopleiden.example.nl", "DirectLine:AllowedOrigins 'samenopleiden.example.nl' is not a site's origin")]
    [InlineData("DirectLine:AllowedOrigins", "https://site.example/chat", "DirectLine:AllowedOrigins 'https://site.example/chat' is not a site's origin")]
    [InlineData("DirectLine:PublicBaseUrl", "/chat", "DirectLine:PublicBaseUrl '/chat' is not an absolute http(s) URL")]
    [InlineData("DirectLine:TokenLifetime", "00:10:00", "DirectLine:TokenLifetime is 00:10:00; it must be longer than 00:15:00")]
    [InlineData("DirectLine:StreamUrlLifetime", "00:00:00", "DirectLine:StreamUrlLifetime is 00:00:00; it must be positive")]
    [InlineData("DirectLine:RequestsPerMinutePerIp", "0", "DirectLine:RequestsPerMinutePerIp is 0; a limit must be at least 1")]
    [InlineData("DirectLine:MessagesPerMinutePerConversation", "-5", "DirectLine:MessagesPerMinutePerConversation is -5")]
    [InlineData("DirectLine:TokensPerMinutePerIp", "0", "DirectLine:TokensPerMinutePerIp is 0")]
    [InlineData("DirectLine:MaxTranscriptBytesPerConversation", "1000", "DirectLine:MaxTranscriptBytesPerConversation is 1000; it must be at least 65536")]
    [InlineData("DirectLine:BotName", " ", "DirectLine:BotName must not be empty")]
    public void ASettingThatCannotWorkIsNamedWithWhatItShouldHold(string key, string value, string expected)
    {
        var failure = Assert.Single(Faults((key, value)));

        Assert.Contains(expected, failure);
    }

    [Fact]
    public void SeveralFaultsAreNamedTogether()
    {
        var failures = Faults(("DirectLine:Secret", "kort"), ("DirectLine:TokensPerMinutePerIp", "0"));

        Assert.Equal(2, failures.Count);
    }

    // As the service checks them when it starts.
    private static IReadOnlyList<string> Faults(params (string Key, string? Value)[] values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
        using var services = new ServiceCollection().AddDirectLine(configuration).BuildServiceProvider();
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (OptionsValidationException error)
        {
            return [.. error.Failures];
        }
    }
}
