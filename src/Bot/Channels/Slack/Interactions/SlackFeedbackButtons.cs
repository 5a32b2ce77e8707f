using ResBot.Bot.Feedback;
using ResBot.Bot.Channels.Slack.Blocks;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Channels.Slack.Interactions;

/// <summary>
/// The 👍/👎 under an answer. Each button's value is the reaction and the key the answer was remembered under
/// ("like:3f2a…"), so a press finds the question, citations and mode it judges whichever way the answer was sent
/// (posted, ephemeral, or through a response_url, which gives no message ts).
/// </summary>
internal static class SlackFeedbackButtons
{
    public const string ActionId = "feedback";

    /// <summary>A fresh key for an answer about to be sent.</summary>
    public static string NewKey() => Guid.NewGuid().ToString("N");

    public static ContextActionsBlock Block(string key, Language language)
    {
        var (good, bad) = language switch
        {
            Language.Ar => ("إجابة مفيدة", "إجابة غير مفيدة"),
            Language.Fr => ("Réponse utile", "Réponse inutile"),
            _ => ("Good answer", "Bad answer"),
        };
        return new ContextActionsBlock(
        [
            new FeedbackButtonsElement(ActionId,
                new FeedbackButton(TextObject.Plain("👍"), $"{FeedbackReactions.Like}:{key}", good),
                new FeedbackButton(TextObject.Plain("👎"), $"{FeedbackReactions.Dislike}:{key}", bad)),
        ]);
    }

    /// <summary>The reaction and answer key of a pressed feedback button; false for any other action or a value not ours.</summary>
    public static bool TryRead(string? actionId, string? value, out FeedbackReaction reaction, out string key)
    {
        reaction = FeedbackReaction.Like;
        key = "";
        if (actionId != ActionId || value?.Split(':') is not [var verb, var answerKey]
            || !FeedbackReactions.TryParse(verb, out reaction) || !Guid.TryParseExact(answerKey, "N", out _))
            return false;
        key = answerKey;
        return true;
    }
}
