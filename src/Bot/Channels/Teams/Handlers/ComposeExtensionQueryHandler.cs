using System.Text.Json;
using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Cards;
using ResBot.Bot.Channels.Teams.Conversation;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Channels.Teams.Handlers;

/// <summary>
/// The search box of the messaging extension (`composeExtension/query`, command searchResolutions): matching
/// clauses as cards with previews, paged by queryOptions, answered in the HTTP response.
/// </summary>
internal sealed class ComposeExtensionQueryHandler(
    IResolutionAssistant assistant,
    ILogger<ComposeExtensionQueryHandler> logger) : IActivityHandler
{
    public const string CommandId = "searchResolutions";
    public const string QueryParameter = "query";
    public const int MaxResults = 10;

    public ActivityRoute Route => new(ActivityTypes.Invoke, ActivityTypes.ComposeExtensionQuery);

    public Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var query = Read(activity.Value);
        if (query is null || !string.Equals(query.CommandId, CommandId, StringComparison.Ordinal))
            return Task.FromResult(Results([]));

        // Teams sends `initialRun` when the extension opens: an empty query, which lists the latest resolutions.
        var text = query.Parameters?.FirstOrDefault(p => p.Name == QueryParameter)?.StringValue?.Trim() ?? "";
        var skip = Math.Max(0, query.QueryOptions?.Skip ?? 0);
        var take = Math.Clamp(query.QueryOptions?.Count ?? MaxResults, 1, MaxResults);
        // The invoke's own locale: the language of the Teams client the user is searching from, right now.
        var language = TeamsTurns.LanguageOf(activity.Locale);
        try
        {
            return Task.FromResult(Results(assistant.Search(text, language, skip, take).Take(take).Select(clause => SearchResultRenderer.Render(clause, text)).ToList()));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Messaging-extension search failed");
            return Task.FromResult(Results([]));
        }
    }

    private static TurnResult Results(IReadOnlyList<Attachment> attachments) =>
        new(StatusCodes.Status200OK, new MessagingExtensionResponse(new MessagingExtensionResult(attachments)));

    private static MessagingExtensionQuery? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } element)
            return null;
        try
        {
            return element.Deserialize<MessagingExtensionQuery>();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
