using System.Text.Json;
using ResBot.Bot.Channels.Teams.Cards;
using ResBot.Bot.Channels.Teams.Connector;
using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>The answer card: every clause cited, within Teams' message size, the rest one "More" away.</summary>
public sealed class AnswerCardRendererTests
{
    /// <summary>Teams refuses bot messages over about 28 KB.</summary>
    private const int TeamsMessageLimitBytes = 28 * 1024;

    [Fact]
    public void A_long_answer_keeps_the_message_under_the_teams_limit_and_offers_the_rest_behind_more()
    {
        var clauses = Enumerable.Range(1, 60)
            .Select(i => Clause("12/3", i.ToString(), Language.En, new string('x', 900) + $" clause {i}"))
            .ToList();
        var answer = Answer(Language.En, clauses);

        var reply = AnswerCardRenderer.Render(answer);

        var message = Replies.Address(Inbound(), TeamsMessages.FromCard(reply));
        Assert.True(JsonSerializer.SerializeToUtf8Bytes(message, TeamsJson.Options).Length < TeamsMessageLimitBytes);
        var card = JsonSerializer.SerializeToElement(reply.Card, TeamsJson.Options);
        var shown = Enumerable.Range(1, 60).Count(i => card.GetRawText().Contains($"12/3, ¶{i}\""));
        Assert.InRange(shown, 5, 59);
        var more = ConversationTests.Button(card, "More");
        var remaining = more.GetProperty("groups")[0].GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Equal(Enumerable.Range(shown + 1, 60 - shown).Select(i => i.ToString()), remaining);
    }

    [Fact]
    public void Every_clause_is_quoted_with_its_full_citation()
    {
        var answer = Answer(Language.Fr, [Clause("38/4", "5", Language.Fr, "Encourage les États membres"), Clause("38/4", "E.1", Language.Fr, "Demande")]);

        var card = JsonSerializer.SerializeToElement(AnswerCardRenderer.Render(answer).Card, TeamsJson.Options).GetRawText();

        Assert.Contains("« Encourage les États membres »", card);
        Assert.Contains("OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶5", card);
        Assert.Contains("OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶E.1", card);
    }

    [Fact]
    public void An_arabic_answer_is_right_to_left_and_offers_english_and_french()
    {
        var answer = Answer(Language.Ar, [Clause("38/4", "5", Language.Ar, "يشجع الدول الأعضاء", authoritative: true)]);

        var card = JsonSerializer.SerializeToElement(AnswerCardRenderer.Render(answer).Card, TeamsJson.Options);

        Assert.True(card.GetProperty("rtl").GetBoolean());
        var titles = card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Equal(["English", "Français", "القرار كاملاً"], titles);
        Assert.Equal("show", ConversationTests.Button(card, "English").GetProperty("resbot").GetString());
    }

    [Fact]
    public void An_answer_that_found_nothing_has_no_buttons()
    {
        var answer = new Answer("?", Language.En, AnswerOutcome.NotFound, AnswerMode.Extractive, "Nothing in the corpus answers that.", [], ["Try: 38/4"], []);

        var card = JsonSerializer.SerializeToElement(AnswerCardRenderer.Render(answer).Card, TeamsJson.Options);

        Assert.False(card.TryGetProperty("actions", out _));
        Assert.Contains("Try: 38/4", card.GetRawText());
    }

    [Fact]
    public void A_generated_answer_shows_its_label()
    {
        var answer = Answer(Language.En, [Clause("38/4", "5", Language.En, "Encourages")]) with { Mode = AnswerMode.Generative, Label = "AI-generated" };

        var card = JsonSerializer.SerializeToElement(AnswerCardRenderer.Render(answer).Card, TeamsJson.Options);

        Assert.Equal("AI-generated", card.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void A_long_answer_to_a_question_keeps_subscribe_within_the_six_buttons_teams_shows()
    {
        // English clauses in an English answer: authoritative Arabic, two languages, whole resolution, More, Subscribe.
        var clauses = Enumerable.Range(1, 60).Select(i => Clause("12/3", i.ToString(), Language.En, new string('x', 900))).ToList();

        var card = JsonSerializer.SerializeToElement(AnswerCardRenderer.Render(Answer(Language.En, clauses), offerSubscription: true).Card, TeamsJson.Options);

        Assert.InRange(card.GetProperty("actions").GetArrayLength(), 1, 6);
        Assert.NotNull(ConversationTests.Button(card, "More").GetProperty("groups").GetRawText());
        var subscribe = ConversationTests.Button(card, "Subscribe to this topic");
        Assert.Equal(("subscribe", "q", "en"), (subscribe.GetProperty("resbot").GetString(), subscribe.GetProperty("question").GetString(), subscribe.GetProperty("language").GetString()));
    }

    [Fact]
    public void An_answer_that_found_nothing_offers_no_subscription()
    {
        var answer = new Answer("q", Language.Fr, AnswerOutcome.NotFound, AnswerMode.Extractive, "Rien", [], [], []);

        var card = JsonSerializer.SerializeToElement(AnswerCardRenderer.Render(answer, offerSubscription: true).Card, TeamsJson.Options);

        Assert.False(card.TryGetProperty("actions", out var actions) && actions.ValueKind == JsonValueKind.Array && actions.GetArrayLength() > 0);
    }

    [Fact]
    public void The_words_stating_the_asked_fact_are_bold_in_the_card()
    {
        var text = "يدعو الدول الأعضاء إلى إحياء يوم المنظمة سنوياً (الذي يوافق يوم 25 سبتمبر).";
        var clause = Clause("38/1", "E.1", Language.Ar, text, authoritative: true) with { Highlights = [new TextSpan(text.IndexOf("25 سبتمبر", StringComparison.Ordinal), "25 سبتمبر".Length)] };

        var card = JsonSerializer.SerializeToElement(AnswerCardRenderer.Render(Answer(Language.Ar, [clause])).Card, TeamsJson.Options);

        Assert.Contains("(الذي يوافق يوم **25 سبتمبر**)", card.GetRawText());
    }

    private static Answer Answer(Language language, IReadOnlyList<QuotedClause> clauses) =>
        new("q", language, AnswerOutcome.Found, AnswerMode.Extractive, "Lead", clauses, [], [clauses[0].Citation.Resolution]);

    private static QuotedClause Clause(string resolution, string paragraph, Language language, string text, bool authoritative = false) =>
        new(new Citation("OIC/CFM-38/2011/INF/RES/FINAL", resolution, paragraph, ParagraphKind.Operative), text, language, authoritative);

    private static Activity Inbound() => new()
    {
        Type = "message",
        Id = "f:1",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:user", Name = "A user with a long display name" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "ResBot" },
        Conversation = new ConversationAccount { Id = "a:1" + new string('z', 100), TenantId = Guid.NewGuid().ToString() },
        Locale = "en-US",
    };
}
