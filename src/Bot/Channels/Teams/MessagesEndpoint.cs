using System.Text.Json;
using Microsoft.Extensions.Options;
using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Authentication;
using ResBot.Bot.Channels.Teams.Cards;
using ResBot.Bot.Channels.Teams.Handlers;

namespace ResBot.Bot.Channels.Teams;

/// <summary>
/// `POST /api/messages`: the order of the checks matters. The token is validated before the body is read, so an
/// anonymous caller can neither make the bot parse nor buffer anything; the checks that need the activity
/// (channel endorsement, serviceUrl) follow the parse; only then does a handler see it.
/// </summary>
internal static class MessagesEndpoint
{
    public const string Path = "/api/messages";
    public const int MaxBodyBytes = 256 * 1024;

    public static async Task<IResult> HandleAsync(
        HttpContext http,
        BotRequestAuthenticator authenticator,
        IServiceScopeFactory scopes,
        IHostApplicationLifetime lifetime,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint).FullName!);
        var authentication = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.FirstOrDefault(), http.RequestAborted);
        if (!authentication.Succeeded)
            return Refuse(authentication, logger);

        if (http.Request.ContentLength > MaxBodyBytes)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var body = await ReadBodyAsync(http.Request.Body, http.RequestAborted);
        if (body is null)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (Parse(body) is not { } activity)
            return Results.BadRequest();

        var authorization = BotRequestAuthenticator.Authorize(authentication.Caller!, activity);
        if (!authorization.Succeeded)
            return Refuse(authorization, logger);

        return await DispatchAsync(activity, scopes, lifetime.ApplicationStopping, logger);
    }

    private static async Task<IResult> DispatchAsync(Activity activity, IServiceScopeFactory scopes, CancellationToken stopping, ILogger logger)
    {
        // The turn runs in its own scope on the host's lifetime, not the request's: it must survive the
        // connector hanging up and the request's services being disposed.
        // Only an invoke is answered in the HTTP response; anything else is acknowledged at once, its replies going
        // out through the connector, so the connector never waits on an answer and never redelivers for a slow one.
        var turn = RunAsync(activity, scopes, stopping, logger);
        if (!ActivityDispatcher.AnswersInResponse(activity))
            return Results.Ok();
        var result = await turn;
        return result.Body is null
            ? Results.StatusCode(result.StatusCode)
            : Results.Json(result.Body, TeamsJson.Options, statusCode: result.StatusCode);
    }

    private static async Task<TurnResult> RunAsync(Activity activity, IServiceScopeFactory scopes, CancellationToken stopping, ILogger logger)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var dispatcher = scope.ServiceProvider.GetRequiredService<ActivityDispatcher>();
            return await dispatcher.DispatchAsync(activity, stopping);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The activity was valid and accepted; a failure here is ours, and the connector retrying would not help.
            logger.LogError(exception, "Handling a {Type} activity failed", activity.Type);
            return TurnResult.Ok;
        }
    }

    private static IResult Refuse(AuthenticationOutcome outcome, ILogger logger)
    {
        logger.LogWarning("Refused a Bot Framework request with {Status}: {Reason}", outcome.StatusCode, outcome.Reason);
        return Results.StatusCode(outcome.StatusCode);
    }

    /// <summary>Reads at most <see cref="MaxBodyBytes"/>; null when the body is longer (chunked bodies have no Content-Length).</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>An activity the bot can act on: JSON, with a type, a conversation, a channel and an absolute serviceUrl.</summary>
    private static Activity? Parse(byte[] body)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, TeamsJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
        return activity is { Type.Length: > 0, ChannelId.Length: > 0, Conversation.Id.Length: > 0 }
               && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
               && (serviceUrl.Scheme == Uri.UriSchemeHttps || serviceUrl.Scheme == Uri.UriSchemeHttp)
            ? activity
            : null;
    }
}
