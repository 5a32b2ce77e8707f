using System.Text.RegularExpressions;

namespace ResBot.Bot.Tests.Channels;

/// <summary>
/// Channels are adapters: only Hosting names one (and the channel itself), so a channel can be added or removed as a
/// folder plus a line in `Hosting/ResBotChannels.cs`. Read from the sources, so a `using`, a fully qualified name and
/// a `cref` all count.
/// </summary>
public sealed partial class ChannelBoundaryTests
{
    private static readonly string Source = RepositoryRoot.File("src");

    /// <summary>Every folder under `src/Bot/Channels` is a channel.</summary>
    private static readonly string[] Channels = Directory.GetDirectories(Path.Combine(Source, "Bot", "Channels"))
        .Select(Path.GetFileName).OfType<string>().Order().ToArray();

    [Fact]
    public void Both_product_channels_live_under_Channels() =>
        Assert.Equal(["Slack", "Teams"], Channels);

    [Fact]
    public void Nothing_but_Hosting_and_the_channel_itself_refers_to_a_channel() =>
        Assert.Empty(SourceFiles().SelectMany(file => ChannelReferences(Relative(file), File.ReadAllText(file), Channels)));

    [Fact]
    public void Storage_conversations_digests_channels_and_knowledge_do_not_depend_on_Hosting()
    {
        string[] layers = ["Bot/Storage", "Bot/Conversations", "Bot/Digests", "Bot/Channels", "Bot/Feedback", "Knowledge"];
        var offenders = SourceFiles()
            .Where(file => layers.Any(layer => Relative(file).StartsWith(layer + "/", StringComparison.Ordinal)))
            .Where(file => File.ReadAllText(file).Contains("ResBot.Bot.Hosting", StringComparison.Ordinal))
            .Select(Relative);
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("Bot/Digests/DigestRunner.cs", "using ResBot.Bot.Channels.Slack.Blocks;", "Bot/Digests/DigestRunner.cs: ResBot.Bot.Channels.Slack")]
    [InlineData("Bot/Storage/SqlBotStore.cs", "var x = new ResBot.Bot.Channels.Teams.Connector.Foo();", "Bot/Storage/SqlBotStore.cs: ResBot.Bot.Channels.Teams")]
    [InlineData("Bot/Channels/Teams/Foo.cs", "using ResBot.Bot.Channels.Slack;", "Bot/Channels/Teams/Foo.cs: ResBot.Bot.Channels.Slack")]
    [InlineData("Bot/Channels/Teams/Foo.cs", "using ResBot.Bot.Channels.Teams.Cards;", null)]
    [InlineData("Bot/Hosting/ResBotChannels.cs", "using ResBot.Bot.Channels.Slack;", null)]
    [InlineData("Bot/Digests/IDigestSender.cs", "using ResBot.Bot.Channels;", null)]
    [InlineData("Bot/Digests/Digest.cs", "using ResBot.Bot.Channels.Slackish;", null)]
    public void The_check_finds_a_channel_named_outside_its_folder(string path, string text, string? expected) =>
        Assert.Equal(expected is null ? [] : [expected], ChannelReferences(path, text, ["Slack", "Teams"]));

    /// <summary>"path: namespace" for each channel <paramref name="text"/> names that its file may not.</summary>
    private static IEnumerable<string> ChannelReferences(string path, string text, IReadOnlyList<string> channels)
    {
        if (path.StartsWith("Bot/Hosting/", StringComparison.Ordinal))
            return [];
        return ChannelNamespace().Matches(text)
            .Select(m => m.Groups[1].Value)
            .Where(channels.Contains)
            .Where(channel => !path.StartsWith($"Bot/Channels/{channel}/", StringComparison.Ordinal))
            .Distinct()
            .Select(channel => $"{path}: ResBot.Bot.Channels.{channel}");
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(file => !Relative(file).Split('/').Any(part => part is "bin" or "obj"));

    private static string Relative(string file) => Path.GetRelativePath(Source, file).Replace('\\', '/');

    [GeneratedRegex(@"ResBot\.Bot\.Channels\.(\w+)")]
    private static partial Regex ChannelNamespace();
}
