namespace ResBot.Bot.Slack.Commands;

/// <summary>A slash command answered after its acknowledgement, as queued: where to post, and how to answer again.</summary>
/// <param name="ResponseUrl">The command's `response_url`.</param>
/// <param name="Request">The <see cref="Answering.AnswerRequest"/>, in its button-value form.</param>
/// <param name="Token">Finds the answer this process already started, if it is the one that claims the work.</param>
/// <param name="ChannelId">Where the command was typed, for the answer's feedback buttons (absent from work queued by earlier builds).</param>
internal sealed record SlashCommandWork(string ResponseUrl, string Request, string? TeamId, string UserId, Guid Token, string? ChannelId = null);
