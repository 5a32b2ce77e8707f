namespace ResBot.Bot.Channels.Teams.Handlers;

/// <summary>The dispatch key: the activity type, and for invokes the invoke name.</summary>
internal readonly record struct ActivityRoute(string Type, string? InvokeName = null);
