using Microsoft.Extensions.Configuration;
using SamenOpleiden.Advisor.BotFramework.Auth;

namespace SamenOpleiden.Advisor.BotFramework.Tests.Auth;

public sealed class DevelopmentModeBindingGuardTests
{
    [Theory]
    [InlineData("http://localhost:5000")]
    [InlineData("http://127.0.0.1:0;https://localhost:5001")]
    [InlineData("http://[::1]:8080")]
    [InlineData(null)]
    public void EnsureLoopbackOnly_LoopbackUrls_Passes(string? urls)
    {
        DevelopmentModeBindingGuard.EnsureLoopbackOnly(Config(("urls", urls)), []);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://*:80")]
    [InlineData("http://+:80")]
    [InlineData("http://localhost:5000;http://10.1.2.3:5000")]
    [InlineData("http://[::]:8080")]
    [InlineData("http://adviseur.example.nl")]
    public void EnsureLoopbackOnly_ReachableUrls_RefusesAndSaysWhy(string urls)
    {
        var error = Assert.Throws<UnsafeDevelopmentModeException>(() => DevelopmentModeBindingGuard.EnsureLoopbackOnly(Config(("urls", urls)), []));

        Assert.Contains("MicrosoftAppId", error.Message, StringComparison.Ordinal);
        Assert.Contains("loopback", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureLoopbackOnly_HttpPorts_AreEveryInterfaceSoRefused()
    {
        Assert.Throws<UnsafeDevelopmentModeException>(() => DevelopmentModeBindingGuard.EnsureLoopbackOnly(Config(("http_ports", "8080")), []));
    }

    [Fact]
    public void EnsureLoopbackOnly_HttpPortsOverriddenByLoopbackUrls_Passes()
    {
        DevelopmentModeBindingGuard.EnsureLoopbackOnly(Config(("http_ports", "8080"), ("urls", "http://localhost:8080")), []);
    }

    [Fact]
    public void EnsureLoopbackOnly_KestrelEndpointOnAllInterfaces_Refuses()
    {
        var config = Config(("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:5000"));

        Assert.Throws<UnsafeDevelopmentModeException>(() => DevelopmentModeBindingGuard.EnsureLoopbackOnly(config, []));
    }

    [Fact]
    public void EnsureLoopbackOnly_ServerAddressAddedInCode_IsCheckedToo()
    {
        Assert.Throws<UnsafeDevelopmentModeException>(() => DevelopmentModeBindingGuard.EnsureLoopbackOnly(Config(), ["http://0.0.0.0:5000"]));
    }

    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
