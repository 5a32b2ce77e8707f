using System.Text.Json;
using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Cards;
using ResBot.Bot.Channels.Teams.Citations;
using ResBot.Bot.Channels.Teams.Connector;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>
/// Answers as Teams' AI message, on the JSON the connector receives: markers in the text tied to citation claims,
/// within Microsoft's field limits, the AI label on generated answers only, feedback where asked for.
/// </summary>
public sealed class CitedMessageRendererTests
{
    private const string Document = "OIC/CFM-38/2011/INF/RES/FINAL";
    private const int TeamsMessageLimitBytes = 28 * 1024;

    [Fact]
    public void An_extractive_answer_cites_each_clause_with_a_numbered_marker_and_a_claim()
    {
        var answer = Answer(AnswerMode.Extractive, "Resolution 38/4 asks:",
            [Clause("5", "Encourages the member States to join the OIC-CERT."), Clause("E.1", "Requests the Secretary General to follow up.")]);

        var json = Json(CitedMessageRenderer.Render(answer, feedback: true));

        var text = json.GetProperty("text").GetString()!;
        Assert.Contains("“Encourages the member States to join the OIC-CERT.” [1]", text);
        Assert.Contains("“Requests the Secretary General to follow up.” [2]", text);
        var entity = Assert.Single(json.GetProperty("entities").EnumerateArray());
        Assert.Equal("https://schema.org/Message", entity.GetProperty("type").GetString());
        Assert.Equal("Message", entity.GetProperty("@type").GetString());
        Assert.Equal("https://schema.org", entity.GetProperty("@context").GetString());
        Assert.Equal("", entity.GetProperty("@id").GetString());
        Assert.False(entity.TryGetProperty("additionalType", out _));
        var claims = entity.GetProperty("citation").EnumerateArray().ToList();
        Assert.Equal([1, 2], claims.Select(c => c.GetProperty("position").GetInt32()));
        Assert.All(claims, c => Assert.Equal("Claim", c.GetProperty("@type").GetString()));
        var second = claims[1].GetProperty("appearance");
        Assert.Equal("DigitalDocument", second.GetProperty("@type").GetString());
        Assert.Equal("38/4 ¶E.1", second.GetProperty("name").GetString());
        Assert.Equal("Requests the Secretary General to follow up.", second.GetProperty("abstract").GetString());
        Assert.Equal(["38/4"], second.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        // The dialog behind the pill: an Adaptive Card with the whole clause and its full citation.
        Assert.Equal("application/vnd.microsoft.card.adaptive", second.GetProperty("encodingFormat").GetString());
        var dialog = JsonDocument.Parse(second.GetProperty("text").GetString()!).RootElement;
        Assert.Equal("AdaptiveCard", dialog.GetProperty("type").GetString());
        Assert.Contains($"{Document}, 38/4, ¶E.1", dialog.GetRawText());
        Assert.True(json.GetProperty("channelData").GetProperty("feedbackLoopEnabled").GetBoolean());
    }

    [Fact]
    public void The_abstract_is_the_clause_cut_to_the_160_characters_teams_allows()
    {
        var clause = Clause("5", "Calls upon " + string.Join(" ", Enumerable.Repeat("the member States", 30)) + ".");

        var appearance = Json(CitedMessageRenderer.Render(Answer(AnswerMode.Extractive, "Lead", [clause])))
            .GetProperty("entities")[0].GetProperty("citation")[0].GetProperty("appearance");

        var summary = appearance.GetProperty("abstract").GetString()!;
        Assert.InRange(summary.Length, CitationAppearance.MaxAbstractLength - 10, CitationAppearance.MaxAbstractLength);
        Assert.EndsWith("…", summary);
        Assert.StartsWith("Calls upon the member States", summary);
        // The whole clause is still there: in the text and in the dialog.
        Assert.Contains(clause.Text, appearance.GetProperty("text").GetString());
    }

    [Fact]
    public void A_generated_answer_carries_the_ai_label_and_its_citations_become_markers()
    {
        var answer = Answer(AnswerMode.Generative, "Member States should join the OIC-CERT [38/4 ¶5] and report back [38/4 ¶6][38/4 ¶5].",
            [Clause("5", "Encourages the member States to join the OIC-CERT."), Clause("6", "Requests a report.")]) with { Label = "AI-generated" };

        var json = Json(CitedMessageRenderer.Render(answer));

        var text = json.GetProperty("text").GetString()!;
        Assert.Contains("Member States should join the OIC-CERT [1] and report back [2][1].", text);
        Assert.DoesNotContain("¶", text);
        var entity = json.GetProperty("entities")[0];
        Assert.Equal(["AIGeneratedContent"], entity.GetProperty("additionalType").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["38/4 ¶5", "38/4 ¶6"], entity.GetProperty("citation").EnumerateArray().Select(c => c.GetProperty("appearance").GetProperty("name").GetString()));
        Assert.False(json.TryGetProperty("channelData", out _));
    }

    [Fact]
    public void Each_arabic_paragraph_is_isolated_right_to_left_and_an_english_quote_in_it_is_not()
    {
        var answer = new Answer("q", Language.Ar, AnswerOutcome.Found, AnswerMode.Extractive, "38/4: ما طُلب من الدول الأعضاء (3 فقرات):",
            [new QuotedClause(new Citation(Document, "38/4", "5", ParagraphKind.Operative), "يشجع الدول الأعضاء", Language.Ar, IsAuthoritative: true),
             Clause("6", "Calls upon the member States.")],
            ["ملاحظة"], ["38/4"]);

        var paragraphs = Json(CitedMessageRenderer.Render(answer)).GetProperty("text").GetString()!.Split("\n\n");

        Assert.Equal("\u206738/4: ما طُلب من الدول الأعضاء (3 فقرات):\u2069", paragraphs[0]);
        Assert.Equal("\u2067«يشجع الدول الأعضاء» [1]\u2069", paragraphs[1]);
        Assert.Equal("“Calls upon the member States.” [2]", paragraphs[2]);
        Assert.Equal("_\u2067ملاحظة\u2069_", paragraphs[3]);
    }

    [Fact]
    public void Brackets_in_a_quoted_clause_never_read_as_a_citation_marker()
    {
        var answer = Answer(AnswerMode.Extractive, "Lead", [Clause("5", "Recalls paragraph [2] of resolution 12/3 and *urges* action.")]);

        var text = Json(CitedMessageRenderer.Render(answer)).GetProperty("text").GetString()!;

        Assert.Contains(@"Recalls paragraph \[2\] of resolution 12/3 and \*urges\* action.", text);
        Assert.EndsWith("[1]", text);
    }

    [Fact]
    public void The_follow_up_buttons_ride_along_in_a_card_of_actions_only()
    {
        var answer = Answer(AnswerMode.Extractive, "Lead", [Clause("5", "Encourages.")]);

        var card = ConversationTests.Card(Json(CitedMessageRenderer.Render(answer, offerSubscription: true)));

        Assert.Empty(card.GetProperty("body").EnumerateArray());
        var titles = card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Contains("Whole resolution", titles);
        Assert.Contains("Subscribe to this topic", titles);
    }

    [Fact]
    public void A_long_answer_stays_under_the_teams_limit_and_offers_the_rest_behind_more()
    {
        var clauses = Enumerable.Range(1, 60).Select(i => Clause(i.ToString(), new string('x', 900) + $" clause {i}")).ToList();

        var message = CitedMessageRenderer.Render(Answer(AnswerMode.Extractive, "Lead", clauses));

        var addressed = Replies.Address(new Activity { Id = "f:1", Conversation = new ConversationAccount { Id = "a:1" } }, message);
        Assert.True(JsonSerializer.SerializeToUtf8Bytes(addressed, TeamsJson.Options).Length < TeamsMessageLimitBytes);
        var json = Json(message);
        var cited = json.GetProperty("entities")[0].GetProperty("citation").GetArrayLength();
        Assert.InRange(cited, 2, CitedMessageRenderer.MaxCitations);
        Assert.Contains($"[{cited}]", json.GetProperty("text").GetString());
        Assert.DoesNotContain($"[{cited + 1}]", json.GetProperty("text").GetString());
        var more = ConversationTests.Button(ConversationTests.Card(json), "More");
        Assert.Equal((cited + 1).ToString(), more.GetProperty("groups")[0].GetProperty("paragraphs")[0].GetString());
    }

    [Fact]
    public void An_answer_that_found_nothing_has_no_citation_entity()
    {
        var answer = new Answer("q", Language.En, AnswerOutcome.NotFound, AnswerMode.Extractive, "Nothing answers that.", [], ["Try: 38/4"], []);

        var json = Json(CitedMessageRenderer.Render(answer, feedback: true));

        Assert.False(json.TryGetProperty("entities", out _));
        Assert.Contains("Try: 38/4", json.GetProperty("text").GetString());
        Assert.True(json.GetProperty("channelData").GetProperty("feedbackLoopEnabled").GetBoolean());
    }

    [Fact]
    public void The_words_stating_the_asked_fact_are_bold_in_the_message_and_its_dialog_card()
    {
        var text = "Calls upon the member States to celebrate OIC Day (which falls on 25 September) *daily*.";
        var clause = Clause("E.1", text) with { Highlights = [new TextSpan(text.IndexOf("25 September", StringComparison.Ordinal), "25 September".Length)] };

        var json = Json(CitedMessageRenderer.Render(Answer(AnswerMode.Extractive, "25 September, according to 38/4 ¶E.1:", [clause]), feedback: false));

        Assert.Contains("(which falls on **25 September**) \\*daily\\*.” [1]", json.GetProperty("text").GetString());
        var claim = json.GetProperty("entities")[0].GetProperty("citation")[0].GetProperty("appearance");
        Assert.Contains("**25 September**", claim.GetProperty("text").GetString());
    }

    private static JsonElement Json(Activity activity) => JsonSerializer.SerializeToElement(activity, TeamsJson.Options);

    private static Answer Answer(AnswerMode mode, string lead, IReadOnlyList<QuotedClause> clauses) =>
        new("q", Language.En, AnswerOutcome.Found, mode, lead, clauses, [], ["38/4"]);

    private static QuotedClause Clause(string paragraph, string text) =>
        new(new Citation(Document, "38/4", paragraph, ParagraphKind.Operative), text, Language.En, IsAuthoritative: false);
}
