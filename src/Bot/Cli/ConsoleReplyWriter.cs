using ResBot.Bot.Conversations;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Cli;

/// <summary>A conversation's reply in a terminal: answers as `resbot ask` writes them, everything else as a line.</summary>
public static class ConsoleReplyWriter
{
    internal static void Write(TextWriter output, Reply reply, bool bold = false)
    {
        switch (reply)
        {
            case Reply.Answered answered:
                ConsoleAnswerWriter.Write(output, answered.Answer, bold);
                break;
            case Reply.Help help:
                Line(output, ConversationTexts.For(help.Language).FollowUps, reply);
                break;
            case Reply.Notice notice:
                Line(output, notice.Markdown.Replace("`", ""), reply);
                break;
            case Reply.Subscription subscription:
                Line(output, subscription.Result.Text, reply);
                break;
            case Reply.Refused:
                // Digests are for Teams and Slack conversations; `resbot subscriptions` manages them from here.
                output.WriteLine("Digest subscriptions belong to a Teams or Slack conversation: see `resbot subscriptions`.");
                break;
            default:
                Line(output, ConversationTexts.For(reply.Language).Failed, reply);
                break;
        }
    }

    private static void Line(TextWriter output, string text, Reply reply) =>
        output.WriteLine(TerminalDirection.Directional(text, reply.Language));
}
