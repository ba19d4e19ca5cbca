using System.Security.Cryptography;

namespace SamenOpleiden.Advisor.Testing.Channels;

/// <summary>RSA keys made once per test run: generating 2048-bit keys per test would dominate the suite's time.</summary>
public static class TestKeys
{
    private static readonly Lazy<RSA> ChannelKey = new(() => RSA.Create(2048));
    private static readonly Lazy<RSA> OtherKey = new(() => RSA.Create(2048));
    private static readonly Lazy<RSA> RolledOverKey = new(() => RSA.Create(2048));

    /// <summary>The key the fake channel signs with and publishes.</summary>
    public static RSA Channel => ChannelKey.Value;

    /// <summary>A key the channel never publishes.</summary>
    public static RSA Other => OtherKey.Value;

    /// <summary>A key the channel publishes only after a rollover.</summary>
    public static RSA RolledOver => RolledOverKey.Value;
}
