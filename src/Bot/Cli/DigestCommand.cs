using System.CommandLine;

namespace ResBot.Bot.Cli;

/// <summary>`resbot digest run|preview` (the digests issue fills it).</summary>
public static class DigestCommand
{
    public static Command Create() => new("digest", "Daily digests: run one tick, or preview a subscription.");
}
