using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using ResBot.Bot.Channels.Teams.Handlers;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>The app package Teams accepts: required fields, Teams' length limits, real icons of the right size.</summary>
public sealed partial class TeamsManifestTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot(), "manifests", "teams");
    private static readonly JsonElement Manifest = Read("manifest.json");

    [Fact]
    public void Declares_a_current_schema_and_its_manifest_version()
    {
        var match = SchemaUrl().Match(Manifest.GetProperty("$schema").GetString()!);
        Assert.True(match.Success);
        Assert.True(int.Parse(match.Groups["minor"].Value) >= 19, "schema 1.19 or later");
        Assert.Equal($"1.{match.Groups["minor"].Value}", Manifest.GetProperty("manifestVersion").GetString());
        Assert.True(Guid.TryParse(Manifest.GetProperty("id").GetString(), out _));
        Assert.Matches(@"^\d+\.\d+\.\d+$", Manifest.GetProperty("version").GetString());
    }

    [Fact]
    public void Names_and_descriptions_fit_teams_limits_in_every_language()
    {
        var developer = Manifest.GetProperty("developer");
        Assert.InRange(developer.GetProperty("name").GetString()!.Length, 1, 32);
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
            Assert.StartsWith("https://", developer.GetProperty(url).GetString());

        AssertLimits(Manifest.GetProperty("name").GetProperty("short").GetString(), Manifest.GetProperty("name").GetProperty("full").GetString(),
            Manifest.GetProperty("description").GetProperty("short").GetString(), Manifest.GetProperty("description").GetProperty("full").GetString());
        foreach (var file in LocalizationFiles())
        {
            var localized = Read(file);
            AssertLimits(localized.GetProperty("name.short").GetString(), localized.GetProperty("name.full").GetString(),
                localized.GetProperty("description.short").GetString(), localized.GetProperty("description.full").GetString());
        }
    }

    [Fact]
    public void The_bot_serves_personal_team_and_group_chats_with_commands_in_three_languages()
    {
        var bot = Assert.Single(Manifest.GetProperty("bots").EnumerateArray());
        Assert.True(Guid.TryParse(bot.GetProperty("botId").GetString(), out _));
        Assert.Equal(["groupChat", "personal", "team"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).Order());
        var commands = bot.GetProperty("commandLists")[0].GetProperty("commands").EnumerateArray().ToList();
        Assert.InRange(commands.Count, 1, 10);
        foreach (var command in commands)
        {
            Assert.InRange(command.GetProperty("title").GetString()!.Length, 1, 32);
            Assert.InRange(command.GetProperty("description").GetString()!.Length, 1, 128);
        }
        var titles = commands.Select(c => c.GetProperty("title").GetString()!).ToList();
        Assert.Contains(titles, t => t.Any(c => c is >= '\u0600' and <= '\u06FF'));
        Assert.Contains(titles, t => t.Contains("résolution"));
        Assert.Contains(titles, t => t.StartsWith("What", StringComparison.Ordinal));
    }

    [Fact]
    public void The_search_extension_matches_what_the_bot_handles()
    {
        var extension = Assert.Single(Manifest.GetProperty("composeExtensions").EnumerateArray());
        Assert.Equal(Manifest.GetProperty("bots")[0].GetProperty("botId").GetString(), extension.GetProperty("botId").GetString());
        var command = Assert.Single(extension.GetProperty("commands").EnumerateArray());
        Assert.Equal(ComposeExtensionQueryHandler.CommandId, command.GetProperty("id").GetString());
        Assert.Equal("query", command.GetProperty("type").GetString());
        Assert.Equal(ComposeExtensionQueryHandler.QueryParameter, command.GetProperty("parameters")[0].GetProperty("name").GetString());
        Assert.NotEmpty(Manifest.GetProperty("validDomains").EnumerateArray());
    }

    [Fact]
    public void Arabic_and_french_localizations_exist_and_translate_existing_entries()
    {
        var localization = Manifest.GetProperty("localizationInfo");
        Assert.Equal("en", localization.GetProperty("defaultLanguageTag").GetString());
        var tags = localization.GetProperty("additionalLanguages").EnumerateArray().Select(l => l.GetProperty("languageTag").GetString()).Order();
        Assert.Equal(["ar", "fr"], tags);
        var commandCount = Manifest.GetProperty("bots")[0].GetProperty("commandLists")[0].GetProperty("commands").GetArrayLength();
        foreach (var file in LocalizationFiles())
        {
            var localized = Read(file);
            Assert.EndsWith("MicrosoftTeams.Localization.schema.json", localized.GetProperty("$schema").GetString());
            foreach (var entry in localized.EnumerateObject().Where(p => p.Name.StartsWith("bots[0].commandLists[0].commands[", StringComparison.Ordinal)))
            {
                var index = int.Parse(CommandIndex().Match(entry.Name).Groups[1].Value);
                Assert.InRange(index, 0, commandCount - 1);
                Assert.InRange(entry.Value.GetString()!.Length, 1, entry.Name.EndsWith(".title") ? 32 : 128);
            }
        }
    }

    [Fact]
    public void Every_localization_file_translates_the_same_keys_and_each_names_something_in_the_manifest()
    {
        var files = LocalizationFiles().ToList();
        var keys = files.Select(file => Read(file).EnumerateObject().Select(p => p.Name).Where(k => k != "$schema").Order().ToList()).ToList();

        Assert.All(keys, set => Assert.Equal(keys[0], set));
        Assert.All(keys[0], key => Assert.NotNull(ManifestValue(key)));
    }

    [Fact]
    public void No_two_commands_show_the_same_text_in_any_language()
    {
        var commands = Manifest.GetProperty("bots")[0].GetProperty("commandLists")[0].GetProperty("commands");
        var english = commands.EnumerateArray().Select(c => c.GetProperty("title").GetString()!).ToList();
        Assert.Equal(english.Count, english.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var file in LocalizationFiles())
        {
            var localized = Read(file);
            // A command the file does not translate shows its manifest text.
            var titles = english.Select((title, i) =>
                localized.TryGetProperty($"bots[0].commandLists[0].commands[{i}].title", out var own) ? own.GetString()! : title).ToList();
            Assert.True(titles.Count == titles.Distinct(StringComparer.OrdinalIgnoreCase).Count(), $"{file}: {string.Join(" | ", titles)}");
        }
    }

    /// <summary>The manifest's value at a localization key ("bots[0].commandLists[0].commands[1].title", "name.short"); null when there is none.</summary>
    private static string? ManifestValue(string key)
    {
        JsonElement? node = Manifest;
        foreach (Match part in KeyPart().Matches(key))
        {
            if (node is not { ValueKind: JsonValueKind.Object } current || !current.TryGetProperty(part.Groups["name"].Value, out var child))
                return null;
            node = child;
            if (part.Groups["index"].Success)
            {
                var index = int.Parse(part.Groups["index"].Value);
                node = child.ValueKind == JsonValueKind.Array && index < child.GetArrayLength() ? child[index] : null;
            }
        }
        return node is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
    }

    [GeneratedRegex(@"(?<name>[A-Za-z]+)(?:\[(?<index>\d+)\])?")]
    private static partial Regex KeyPart();

    [Theory]
    [InlineData("color", 192)]
    [InlineData("outline", 32)]
    public void Icons_are_pngs_of_the_required_size(string icon, int size)
    {
        var (width, height, _) = Png.Read(Path.Combine(Folder, Manifest.GetProperty("icons").GetProperty(icon).GetString()!));

        Assert.Equal((size, size), (width, height));
    }

    [Fact]
    public void The_outline_icon_is_white_on_transparent()
    {
        var (_, _, pixels) = Png.Read(Path.Combine(Folder, Manifest.GetProperty("icons").GetProperty("outline").GetString()!));

        Assert.All(pixels, p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), $"pixel {p} is neither transparent nor white"));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A > 0);
    }

    private static void AssertLimits(string? nameShort, string? nameFull, string? descriptionShort, string? descriptionFull)
    {
        Assert.InRange(nameShort?.Length ?? 0, 1, 30);
        Assert.InRange(nameFull?.Length ?? 0, 1, 100);
        Assert.InRange(descriptionShort?.Length ?? 0, 1, 80);
        Assert.InRange(descriptionFull?.Length ?? 0, 1, 4000);
    }

    private static IEnumerable<string> LocalizationFiles() =>
        Manifest.GetProperty("localizationInfo").GetProperty("additionalLanguages").EnumerateArray().Select(l => l.GetProperty("file").GetString()!);

    private static JsonElement Read(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file))).RootElement;

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ResBot.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException("ResBot.sln not found above the test binaries");
    }

    [GeneratedRegex(@"^https://developer\.microsoft\.com/json-schemas/teams/v1\.(?<minor>\d+)/MicrosoftTeams\.schema\.json$")]
    private static partial Regex SchemaUrl();

    [GeneratedRegex(@"commands\[(\d+)\]")]
    private static partial Regex CommandIndex();

    /// <summary>Just enough of PNG to check an icon: the IHDR size, and 8-bit RGBA pixels after undoing the row filters.</summary>
    private static class Png
    {
        public readonly record struct Pixel(byte R, byte G, byte B, byte A);

        public static (int Width, int Height, IReadOnlyList<Pixel> Pixels) Read(string path)
        {
            var bytes = File.ReadAllBytes(path);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
            int width = 0, height = 0, colorType = 0, bitDepth = 0;
            using var idat = new MemoryStream();
            for (var offset = 8; offset < bytes.Length;)
            {
                var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
                var type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
                var data = bytes.AsSpan(offset + 8, length);
                if (type == "IHDR")
                {
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    bitDepth = data[8];
                    colorType = data[9];
                }
                else if (type == "IDAT")
                {
                    idat.Write(data);
                }
                offset += 12 + length;
            }
            if (colorType != 6 || bitDepth != 8)
                return (width, height, []);
            return (width, height, Unfilter(Inflate(idat.ToArray()), width, height));
        }

        private static byte[] Inflate(byte[] zlib)
        {
            using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }

        private static List<Pixel> Unfilter(byte[] raw, int width, int height)
        {
            const int bpp = 4;
            var stride = width * bpp;
            var previous = new byte[stride];
            var pixels = new List<Pixel>(width * height);
            for (var y = 0; y < height; y++)
            {
                var filter = raw[y * (stride + 1)];
                var row = raw.AsSpan(y * (stride + 1) + 1, stride).ToArray();
                for (var i = 0; i < stride; i++)
                {
                    int left = i >= bpp ? row[i - bpp] : 0, up = previous[i], upLeft = i >= bpp ? previous[i - bpp] : 0;
                    row[i] = (byte)(row[i] + filter switch
                    {
                        1 => left,
                        2 => up,
                        3 => (left + up) / 2,
                        4 => Paeth(left, up, upLeft),
                        _ => 0,
                    });
                }
                for (var x = 0; x < width; x++)
                    pixels.Add(new Pixel(row[x * bpp], row[x * bpp + 1], row[x * bpp + 2], row[x * bpp + 3]));
                previous = row;
            }
            return pixels;
        }

        private static int Paeth(int a, int b, int c)
        {
            int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }
    }
}
