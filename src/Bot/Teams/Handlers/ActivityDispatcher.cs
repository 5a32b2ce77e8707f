using System.Collections.Frozen;
using ResBot.Bot.Generative;
using ResBot.Bot.Teams.Activities;

namespace ResBot.Bot.Teams.Handlers;

/// <summary>
/// Routes an activity to its handler; every activity nobody handles is answered 200 and left alone.
/// The sender is named for the whole turn, so a configured model's per-user budget counts each Teams user apart.
/// </summary>
internal sealed class ActivityDispatcher(IEnumerable<IActivityHandler> handlers, IGenerativeUserContext users)
{
    private readonly FrozenDictionary<ActivityRoute, IActivityHandler> routes = handlers.ToFrozenDictionary(h => h.Route);

    public async Task<TurnResult> DispatchAsync(Activity activity, CancellationToken cancellationToken)
    {
        var route = activity.Type == ActivityTypes.Invoke
            ? new ActivityRoute(ActivityTypes.Invoke, activity.Name)
            : new ActivityRoute(activity.Type ?? "");
        if (!routes.TryGetValue(route, out var handler))
            return TurnResult.Ok;

        using var user = users.BeginUser($"teams:{activity.From?.AadObjectId ?? activity.From?.Id ?? "unknown"}");
        return await handler.HandleAsync(activity, cancellationToken);
    }

    /// <summary>Invokes are answered in the HTTP response, within 5 s; everything else may finish after it.</summary>
    public static bool AnswersInResponse(Activity activity) => activity.Type == ActivityTypes.Invoke;
}
