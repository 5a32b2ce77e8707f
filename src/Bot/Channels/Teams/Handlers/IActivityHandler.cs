using ResBot.Bot.Channels.Teams.Activities;

namespace ResBot.Bot.Channels.Teams.Handlers;

/// <summary>Handles one kind of validated activity.</summary>
internal interface IActivityHandler
{
    ActivityRoute Route { get; }

    Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken);
}
