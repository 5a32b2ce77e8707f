namespace ResBot.Bot.Feedback;

/// <summary>Which feedback to list: given on or after <see cref="Since"/>, on one platform, with one reaction; null means any.</summary>
public sealed record FeedbackFilter(DateTimeOffset? Since = null, string? Platform = null, FeedbackReaction? Reaction = null);
