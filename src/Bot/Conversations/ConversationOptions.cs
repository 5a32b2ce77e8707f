using System.ComponentModel.DataAnnotations;

namespace ResBot.Bot.Conversations;

/// <summary>`Conversations:*`: how long a conversation remembers its last answer for follow-up questions.</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversations";

    /// <summary>
    /// A follow-up ("and paragraph 8?") refers to the last answer for this long after it. Thirty minutes covers a
    /// reading session; a question the next morning names its resolution again.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan FollowUpWindow { get; set; } = TimeSpan.FromMinutes(30);
}
