using ResBot.Bot.Conversations;
using ResBot.Bot.Digests;
using ResBot.Bot.Channels.Slack.Commands;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Conversations;

/// <summary>One set of command words for every channel: text in, what the turn asks for out.</summary>
public sealed class TurnReaderTests
{
    private static TurnIntent Read(string text) =>
        TurnReader.Read(new Turn(new Platform("test"), "U1", "C1", null, null, text));

    public static TheoryData<string, TurnIntent> Cases => new()
    {
        { "", new TurnIntent.Help(null) },
        { "   ", new TurnIntent.Help(null) },
        { "?", new TurnIntent.Help(null) },
        { "help", new TurnIntent.Help(Language.En) },
        { "HELP", new TurnIntent.Help(Language.En) },
        { "/help", new TurnIntent.Help(Language.En) },
        { "help?", new TurnIntent.Help(Language.En) },
        { "aide", new TurnIntent.Help(Language.Fr) },
        { "مساعدة", new TurnIntent.Help(Language.Ar) },
        { "المساعدة؟", new TurnIntent.Help(Language.Ar) },
        { "lang ar", new TurnIntent.ChooseLanguage(Language.Ar) },
        { "lang FR", new TurnIntent.ChooseLanguage(Language.Fr) },
        { "lang english", new TurnIntent.ChooseLanguage(Language.En) },
        { "langue français", new TurnIntent.ChooseLanguage(Language.Fr) },
        { "لغة العربية", new TurnIntent.ChooseLanguage(Language.Ar) },
        { "lang", new TurnIntent.ChooseLanguage(null) },
        { "lang de", new TurnIntent.ChooseLanguage(null) },
        { "langue officielle ?", new TurnIntent.Ask("langue officielle ?") },
        { "language rights", new TurnIntent.Ask("language rights") },
        { "What does resolution 38/4 ask?", new TurnIntent.Ask("What does resolution 38/4 ask?") },
        { "help me find 38/4", new TurnIntent.Ask("help me find 38/4") },
        { "and paragraph 8?", new TurnIntent.Ask("and paragraph 8?") },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_commands_in_three_languages_and_leaves_questions_to_the_core(string text, TurnIntent expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("subscribe cybersecurity")]
    [InlineData("اشتراكاتي")]
    [InlineData("désabonner 3")]
    public void Subscription_commands_are_read_by_the_digests_parser(string text) =>
        Assert.Equal(new TurnIntent.Subscription(SubscriptionCommandParser.Parse(text)!), Read(text));

    [Fact]
    public void A_button_is_its_action_whatever_the_text()
    {
        var action = ConversationAction.WholeResolution("38/4", Language.Ar);

        Assert.Equal(new TurnIntent.Press(action), TurnReader.Read(new Turn(new Platform("test"), "U1", "C1", null, null, "help", action)));
    }

    [Theory]
    [InlineData("<@UBOT> help", "help")]
    [InlineData("<@UBOT>   ماذا طلب القرار 38/4؟", "ماذا طلب القرار 38/4؟")]
    [InlineData("A &amp; B &lt;x&gt;", "A & B <x>")]
    public void Slack_text_loses_mentions_and_escapes_before_it_is_read(string text, string clean) =>
        Assert.Equal(clean, SlackText.Clean(text));
}
