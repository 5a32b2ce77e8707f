using System.Buffers;
using Microsoft.Extensions.Options;

namespace ResBot.Bot.Channels.Slack.Security;

/// <summary>
/// Reads the body once (bounded), verifies Slack's signature over those exact bytes, and only then lets the
/// endpoint run: a refused request has no side effect.
/// </summary>
internal sealed class SlackSignatureFilter(IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackSignatureFilter> logger)
    : IEndpointFilter
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var slack = options.Value;

        var body = await ReadBoundedAsync(http.Request, slack.MaxBodyBytes, http.RequestAborted);
        if (body is null)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

        var check = SlackSignatureVerifier.Verify(
            slack.SigningSecret,
            http.Request.Headers[TimestampHeader],
            http.Request.Headers[SignatureHeader],
            body,
            time.GetUtcNow(),
            slack.MaxClockSkew);
        if (check != SlackSignatureCheck.Valid)
        {
            if (check == SlackSignatureCheck.NoSecretConfigured)
                logger.LogWarning("Refused a Slack request to {Path}: Slack:SigningSecret is not configured", http.Request.Path);
            else
                logger.LogWarning("Refused a Slack request to {Path}: {Check}", http.Request.Path, check);
            return Results.Unauthorized();
        }

        http.Features.Set(new SlackRequestBody(body));
        return await next(context);
    }

    /// <summary>The body, or null when it exceeds <paramref name="limit"/> (declared or actual).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
            return null;

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                    return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }
}
