namespace ResBot.Bot.Digests;

/// <summary>
/// How a topic selects paragraphs: `*` every new resolution, `38/*` the resolutions of session 38,
/// anything else a clause search in the subscription's language.
/// </summary>
internal readonly record struct TopicSelector(bool IsAll, string? SessionPrefix, string? Query)
{
    public static TopicSelector Parse(string topic)
    {
        var trimmed = topic.Trim();
        if (trimmed == "*")
            return new(true, null, null);
        if (trimmed.EndsWith("/*", StringComparison.Ordinal) && trimmed.Length > 2 && trimmed[..^2].All(char.IsAsciiDigit))
            return new(false, trimmed[..^2], null);
        return new(false, null, trimmed);
    }

    public bool SelectsByResolution => IsAll || SessionPrefix is not null;

    public bool Includes(string resolutionKey) =>
        IsAll || (SessionPrefix is { } session && resolutionKey.StartsWith(session + "/", StringComparison.Ordinal));
}
