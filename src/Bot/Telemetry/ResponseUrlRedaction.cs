using System.Diagnostics;
using OpenTelemetry;

namespace ResBot.Bot.Telemetry;

/// <summary>
/// A Slack `response_url` is a bearer secret (anyone holding it can post as the bot for 30 minutes), so the HTTP span
/// of a post to one records its host only. The Slack channel's instrumented client marks the call; this processor,
/// ahead of every exporter, rewrites `url.full` before anything is exported.
/// </summary>
internal sealed class ResponseUrlRedaction : BaseProcessor<Activity>
{
    private static readonly AsyncLocal<Uri?> Secret = new();

    /// <summary>Marks <paramref name="responseUrl"/> as secret for the HTTP calls made inside the returned scope.</summary>
    public static IDisposable Begin(Uri responseUrl)
    {
        Secret.Value = responseUrl;
        return new Scope();
    }

    public static string Redacted(Uri url) => $"{url.Scheme}://{url.Authority}/[response_url]";

    public override void OnEnd(Activity activity)
    {
        if (Secret.Value is { } secret && activity.GetTagItem("url.full") is string url
            && url.StartsWith(secret.GetLeftPart(UriPartial.Path), StringComparison.Ordinal))
            activity.SetTag("url.full", Redacted(secret));
    }

    private sealed class Scope : IDisposable
    {
        public void Dispose() => Secret.Value = null;
    }
}
