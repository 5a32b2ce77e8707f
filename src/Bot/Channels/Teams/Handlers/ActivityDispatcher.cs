using System.Collections.Frozen;
using ResBot.Bot.Channels.Teams.Activities;

namespace ResBot.Bot.Channels.Teams.Handlers;

/// <summary>Routes an activity to its handler; every activity nobody handles is answered 200 and left alone.</summary>
internal sealed class ActivityDispatcher(IEnumerable<IActivityHandler> handlers)
{
    private readonly FrozenDictionary<ActivityRoute, IActivityHandler> routes = ActivityRoutes.Build(handlers);

    public Task<TurnResult> DispatchAsync(Activity activity, CancellationToken cancellationToken)
    {
        var route = activity.Type == ActivityTypes.Invoke
            ? new ActivityRoute(ActivityTypes.Invoke, activity.Name)
            : new ActivityRoute(activity.Type ?? "");
        if (!routes.TryGetValue(route, out var handler))
            return Task.FromResult(TurnResult.Ok);
        return handler.HandleAsync(activity, cancellationToken);
    }

    /// <summary>Invokes are answered in the HTTP response, within 5 s; everything else may finish after it.</summary>
    public static bool AnswersInResponse(Activity activity) => activity.Type == ActivityTypes.Invoke;
}
