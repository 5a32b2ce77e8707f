using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace ResBot.Bot.Channels.Slack.Security;

/// <summary>
/// The raw body of a request whose Slack signature was verified: endpoints read only this,
/// so nothing unverified reaches them.
/// </summary>
internal sealed class SlackRequestBody(byte[] bytes)
{
    public ReadOnlyMemory<byte> Bytes { get; } = bytes;

    public string Text => Encoding.UTF8.GetString(Bytes.Span);

    /// <summary>The body as application/x-www-form-urlencoded fields.</summary>
    public Dictionary<string, StringValues> Form => QueryHelpers.ParseQuery(Text);

    public static SlackRequestBody? Of(HttpContext context) => context.Features.Get<SlackRequestBody>();
}
