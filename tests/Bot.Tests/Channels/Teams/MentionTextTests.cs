using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Conversation;

namespace ResBot.Bot.Tests.Channels.Teams;

public sealed class MentionTextTests
{
    private const string BotId = "28:bot";

    private static readonly Entity BotMention = new() { Type = "mention", Text = "<at>ResBot</at>", Mentioned = new ChannelAccount { Id = BotId, Name = "ResBot" } };
    private static readonly Entity PersonMention = new() { Type = "mention", Text = "<at>Amina</at>", Mentioned = new ChannelAccount { Id = "29:amina", Name = "Amina" } };

    public static TheoryData<string, Entity[], string> Cases => new()
    {
        { "<at>ResBot</at> What did 38/4 ask?", [BotMention], "What did 38/4 ask?" },
        { "What did 38/4 ask <at>ResBot</at>", [BotMention], "What did 38/4 ask" },
        { "<at>ResBot</at>&nbsp;aide", [BotMention], "aide" },
        { "<at>ResBot</at> ask <at>Amina</at> about 38/4", [BotMention, PersonMention], "ask Amina about 38/4" },
        { "<at>ResBot</at>", [BotMention], "" },
        { "plain question", [], "plain question" },
        { "<at>ResBot</at> ماذا طلب القرار 38/4؟", [BotMention], "ماذا طلب القرار 38/4؟" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Strips_the_bots_own_mention_only(string text, Entity[] entities, string expected) =>
        Assert.Equal(expected, MentionText.Strip(text, entities, BotId));
}
