using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using NJsonSchema;
using SamenOpleiden.Advisor.BotFramework.Teams;
using SamenOpleiden.Advisor.BotFramework.Tests.TestSupport;

namespace SamenOpleiden.Advisor.BotFramework.Tests.Teams;

[Trait("Needs", "Process")]
public sealed class TeamsAppPackageTests
{
    private const string AppId = "8f1c2a55-3b7e-4d2a-9c61-2f0e8d4b7a10";

    [Fact]
    public async Task Write_ValidOptions_ManifestValidatesAgainstTheTeamsSchemaOfTheVersionItDeclares()
    {
        var files = WritePackage(new TeamsAppPackageOptions { AppId = AppId });
        var manifestJson = System.Text.Encoding.UTF8.GetString(files["manifest.json"]);
        var manifest = JsonNode.Parse(manifestJson)!;
        var declared = manifest["manifestVersion"]!.GetValue<string>();
        Assert.EndsWith($"/v{declared}/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>(), StringComparison.Ordinal);

        var schema = await JsonSchema.FromFileAsync(SchemaPackages.TeamsManifestSchema(declared));
        var errors = schema.Validate(manifestJson);

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public async Task Write_SchemaCheck_CatchesAManifestTeamsWouldRefuse()
    {
        var files = WritePackage(new TeamsAppPackageOptions { AppId = AppId });
        var manifest = JsonNode.Parse(files["manifest.json"])!;
        manifest["bots"]![0]!["scopes"] = new JsonArray("everyone");
        manifest.AsObject().Remove("icons");

        var schema = await JsonSchema.FromFileAsync(SchemaPackages.TeamsManifestSchema(manifest["manifestVersion"]!.GetValue<string>()));
        var errors = schema.Validate(manifest.ToJsonString());

        Assert.True(errors.Count >= 2, string.Join(", ", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void Write_ValidOptions_ZipHoldsExactlyTheManifestAndTwoIconsAtItsRoot()
    {
        var files = WritePackage(new TeamsAppPackageOptions { AppId = AppId });

        Assert.Equal(["color.png", "manifest.json", "outline.png"], files.Keys.Order());
        var manifest = JsonNode.Parse(files["manifest.json"])!;
        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(AppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("color.png", manifest["icons"]!["color"]!.GetValue<string>());
    }

    [Fact]
    public void Write_ColorIcon_Is192SquareOpaqueOnTheAccentColour()
    {
        var (width, height, pixels) = DecodePng(WritePackage(new TeamsAppPackageOptions { AppId = AppId, AccentColor = "#00509E" })["color.png"]);

        Assert.Equal((192, 192), (width, height));
        Assert.All(Enumerable.Range(0, width * height), i => Assert.Equal(255, pixels[i * 4 + 3]));
        Assert.Equal(new byte[] { 0x00, 0x50, 0x9E }, pixels[..3]);
        Assert.Contains(Enumerable.Range(0, width * height), i => pixels[i * 4] == 255 && pixels[i * 4 + 1] == 255 && pixels[i * 4 + 2] == 255);
    }

    [Fact]
    public void Write_OutlineIcon_Is32SquareWhiteOnTransparent()
    {
        var (width, height, pixels) = DecodePng(WritePackage(new TeamsAppPackageOptions { AppId = AppId })["outline.png"]);

        Assert.Equal((32, 32), (width, height));
        var visible = Enumerable.Range(0, width * height).Where(i => pixels[i * 4 + 3] > 0).ToList();
        Assert.InRange(visible.Count, 50, width * height - 50);
        Assert.All(visible, i => Assert.Equal(new byte[] { 255, 255, 255 }, pixels[(i * 4)..(i * 4 + 3)]));
        Assert.Equal(0, pixels[3]);
    }

    [Theory]
    [InlineData("not-a-guid", "https://example.nl/", "#00509E")]
    [InlineData(AppId, "http://example.nl/", "#00509E")]
    [InlineData(AppId, "https://example.nl/", "blue")]
    public void Write_InvalidOptions_ThrowsWithADutchExplanation(string appId, string website, string color)
    {
        var options = new TeamsAppPackageOptions { AppId = appId, WebsiteUrl = new Uri(website), AccentColor = color };

        var error = Assert.Throws<ArgumentException>(() => TeamsAppPackage.Write(options, new MemoryStream()));

        Assert.Matches("GUID|https|#rrggbb", error.Message);
    }

    private static Dictionary<string, byte[]> WritePackage(TeamsAppPackageOptions options)
    {
        using var zipBytes = new MemoryStream();
        TeamsAppPackage.Write(options, zipBytes);
        zipBytes.Position = 0;
        using var zip = new ZipArchive(zipBytes, ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var content = new MemoryStream();
            using (var stream = e.Open())
            {
                stream.CopyTo(content);
            }

            return content.ToArray();
        });
    }

    /// <summary>Reads an 8-bit RGBA PNG whose rows use filter 0 (what the package writes), checking every chunk's framing.</summary>
    private static (int Width, int Height, byte[] Pixels) DecodePng(byte[] png)
    {
        Assert.Equal(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, png[..8]);
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal((8, 6), (data[8], data[9]));
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(raw);
        }

        var rows = raw.ToArray();
        var pixels = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(0, rows[y * (width * 4 + 1)]);
            Array.Copy(rows, y * (width * 4 + 1) + 1, pixels, y * width * 4, width * 4);
        }

        return (width, height, pixels);
    }
}
