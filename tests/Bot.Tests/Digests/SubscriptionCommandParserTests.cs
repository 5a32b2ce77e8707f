using ResBot.Bot.Digests;
using ResBot.Knowledge.Model;
using static ResBot.Bot.Digests.SubscriptionCommand;

namespace ResBot.Bot.Tests.Digests;

/// <summary>Subscription commands in the three languages: input → expected command.</summary>
public sealed class SubscriptionCommandParserTests
{
    public static TheoryData<string, SubscriptionCommand> Commands => new()
    {
        { "subscribe cybersecurity", new Subscribe(Language.En, "cybersecurity", null, null, null, false) },
        { "subscribe digital solidarity fund at 07:30 Europe/Paris fr always", new Subscribe(Language.En, "digital solidarity fund", new TimeOnly(7, 30), "Europe/Paris", Language.Fr, true) },
        { "/resbot subscribe 38/* ar at 9:05", new Subscribe(Language.En, "38/*", new TimeOnly(9, 5), null, Language.Ar, false) },
        { "Subscribe \"*\" America/New_York", new Subscribe(Language.En, "*", null, "America/New_York", null, false) },
        { "abonner Fonds de solidarité numérique à 08h00 Africa/Dakar", new Subscribe(Language.Fr, "Fonds de solidarité numérique", new TimeOnly(8, 0), "Africa/Dakar", null, false) },
        { "s'abonner « cybersécurité » toujours", new Subscribe(Language.Fr, "cybersécurité", null, null, null, true) },
        { "اشترك الإعلام الساعة ٠٨:٣٠ Asia/Riyadh", new Subscribe(Language.Ar, "الإعلام", new TimeOnly(8, 30), "Asia/Riyadh", null, false) },
        { "اشترك وكالة الأنباء الإسلامية دائما en", new Subscribe(Language.Ar, "وكالة الأنباء الإسلامية", null, null, Language.En, true) },
        { "subscriptions", new List(Language.En) },
        { "abonnements", new List(Language.Fr) },
        { "الاشتراكات", new List(Language.Ar) },
        { "unsubscribe 12", new Unsubscribe(Language.En, 12) },
        { "unsubscribe #12", new Unsubscribe(Language.En, 12) },
        { "désabonner 4", new Unsubscribe(Language.Fr, 4) },
        { "se désabonner n° 4", new Unsubscribe(Language.Fr, 4) },
        { "إلغاء الاشتراك ٣", new Unsubscribe(Language.Ar, 3) },
        { "subscribe", new Invalid(Language.En, SubscriptionProblem.MissingTopic) },
        { "subscribe " + new string('x', 201), new Invalid(Language.En, SubscriptionProblem.TopicTooLong, "200") },
        { "abonner " + string.Join(' ', Enumerable.Repeat("sujet", 40)), new Invalid(Language.Fr, SubscriptionProblem.TopicTooLong, "200") },
        { "اشترك " + new string('م', 300), new Invalid(Language.Ar, SubscriptionProblem.TopicTooLong, "200") },
        { "subscribe cybersecurity at 25:00", new Invalid(Language.En, SubscriptionProblem.BadTime, "25:00") },
        { "subscribe cybersecurity at noon7", new Invalid(Language.En, SubscriptionProblem.BadTime, "noon7") },
        { "abonner cybersécurité Europe/Pariss", new Invalid(Language.Fr, SubscriptionProblem.UnknownTimeZone, "Europe/Pariss") },
        { "unsubscribe cybersecurity", new Invalid(Language.En, SubscriptionProblem.MissingId) },
        { "إلغاء الاشتراك", new Invalid(Language.Ar, SubscriptionProblem.MissingId) },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Reads_the_command(string text, SubscriptionCommand expected) =>
        Assert.Equal(expected, SubscriptionCommandParser.Parse(text));

    [Theory]
    [InlineData("What does resolution 38/4 say about IINA?")]
    [InlineData("subscriptions to newspapers in resolution 38/1")]
    [InlineData("subscriber numbers")]
    [InlineData("ما هي اشتراكات الدول الأعضاء")]
    [InlineData("")]
    public void Leaves_ordinary_questions_alone(string text) =>
        Assert.Null(SubscriptionCommandParser.Parse(text));
}

public sealed class SubscriptionTextsTests
{
    [Theory]
    [InlineData(Language.En, "too long")]
    [InlineData(Language.Fr, "trop long")]
    [InlineData(Language.Ar, "طويل جدًا")]
    public void A_topic_too_long_is_explained_in_the_users_language_with_the_limit(Language language, string words)
    {
        var text = SubscriptionTexts.Problem(SubscriptionProblem.TopicTooLong, "200", language);

        Assert.Contains(words, text);
        Assert.Contains("200", text);
    }
}
