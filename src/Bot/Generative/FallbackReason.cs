namespace ResBot.Bot.Generative;

/// <summary>The `reason` tag of `answers_fallback`: why the extractive answer was given instead of a generated one.</summary>
internal static class FallbackReason
{
    public const string NoValidCitation = "no_valid_citation";
    public const string UnknownReference = "unknown_reference";
    public const string WrongLanguage = "wrong_language";
    public const string Timeout = "timeout";
    public const string ModelRateLimited = "model_429";
    public const string Malformed = "malformed_response";
    public const string Error = "error";
    public const string UserRateLimited = "user_rate_limited";
}
