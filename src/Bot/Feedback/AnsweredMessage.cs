using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Feedback;

/// <summary>
/// What the bot answered in one platform message, remembered when it is sent: a thumbs press names only the message,
/// and the feedback must say which question, which citations and which mode it judges.
/// </summary>
/// <param name="Platform">"msteams" or "slack".</param>
/// <param name="ConversationId">Where it was sent: the Teams conversation, the Slack channel.</param>
/// <param name="MessageId">The platform's id of the sent answer (Teams' activity id) or the key its buttons carry (Slack).</param>
/// <param name="Citations">Each quoted clause's full citation, in the answer's order ("OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶5").</param>
public sealed record AnsweredMessage(
    string Platform,
    string ConversationId,
    string MessageId,
    string Question,
    Language Language,
    AnswerMode Mode,
    AnswerOutcome Outcome,
    IReadOnlyList<string> Citations,
    DateTimeOffset SentAt)
{
    public static AnsweredMessage Of(Answer answer, string platform, string conversationId, string messageId, DateTimeOffset sentAt) =>
        new(platform, conversationId, messageId, answer.Question, answer.Language, answer.Mode, answer.Outcome,
            answer.Citations.Select(c => c.ToString()).ToList(), sentAt);
}
