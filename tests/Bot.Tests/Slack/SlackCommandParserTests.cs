using ResBot.Bot.Slack.Commands;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Slack;

public sealed class SlackCommandParserTests
{
    public static TheoryData<string?, SlackCommandKind, string, Language?> Cases => new()
    {
        { null, SlackCommandKind.Help, "", null },
        { "   ", SlackCommandKind.Help, "", null },
        { "help", SlackCommandKind.Help, "help", null },
        { "HELP", SlackCommandKind.Help, "HELP", null },
        { "aide", SlackCommandKind.Help, "aide", Language.Fr },
        { "مساعدة", SlackCommandKind.Help, "مساعدة", Language.Ar },
        { "<@UBOT> help", SlackCommandKind.Help, "help", null },
        { "lang ar", SlackCommandKind.SetLanguage, "lang ar", Language.Ar },
        { "lang FR", SlackCommandKind.SetLanguage, "lang FR", Language.Fr },
        { "lang english", SlackCommandKind.SetLanguage, "lang english", Language.En },
        { "langue français", SlackCommandKind.SetLanguage, "langue français", Language.Fr },
        { "لغة العربية", SlackCommandKind.SetLanguage, "لغة العربية", Language.Ar },
        { "lang", SlackCommandKind.SetLanguage, "lang", null },
        { "lang de", SlackCommandKind.SetLanguage, "lang de", null },
        { "langue officielle ?", SlackCommandKind.Ask, "langue officielle ?", null },
        { "language rights", SlackCommandKind.Ask, "language rights", null },
        { "What does resolution 38/4 ask?", SlackCommandKind.Ask, "What does resolution 38/4 ask?", null },
        { "<@UBOT>   ماذا طلب القرار 38/4؟", SlackCommandKind.Ask, "ماذا طلب القرار 38/4؟", null },
        { "A &amp; B &lt;x&gt;", SlackCommandKind.Ask, "A & B <x>", null },
        { "help me find 38/4", SlackCommandKind.Ask, "help me find 38/4", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_commands_in_three_languages_and_leaves_questions_to_the_core(string? text, SlackCommandKind kind, string cleaned, Language? language)
    {
        var command = SlackCommandParser.Parse(text);

        Assert.Equal(new SlackCommand(kind, cleaned, language), command);
    }
}
