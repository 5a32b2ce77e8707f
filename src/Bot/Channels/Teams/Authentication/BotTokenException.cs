namespace ResBot.Bot.Channels.Teams.Authentication;

/// <summary>The bot could not obtain a token for the Bot Connector. The message never holds a secret.</summary>
public sealed class BotTokenException(string message) : Exception(message);
