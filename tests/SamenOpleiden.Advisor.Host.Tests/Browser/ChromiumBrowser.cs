using Microsoft.Playwright;

namespace SamenOpleiden.Advisor.Host.Tests.Browser;

/// <summary>
/// Headless Chromium from Debian's package (never a downloaded browser), driven by Playwright.
/// A missing browser fails the test with the command that installs it; it is never skipped.
/// </summary>
internal static class ChromiumBrowser
{
    private static readonly string[] Flags =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? " (CI=true)" : "";
            Assert.Fail($"Chromium not found at {ExecutablePath}{ci}. Install it with 'apt-get install -y chromium' (scripts/setup.sh test does) or set CHROMIUM_PATH.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
            Timeout = 60_000,
        });
        return (playwright, browser);
    }

    /// <summary>Where a test leaves files to look at (screenshots, PDFs): TestResults/browser next to the test binaries.</summary>
    public static string ArtifactPath(string fileName)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, fileName);
    }
}
