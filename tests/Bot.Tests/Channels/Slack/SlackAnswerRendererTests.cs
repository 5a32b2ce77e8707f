using System.Text.Json;
using ResBot.Bot.Conversations;
using ResBot.Bot.Channels.Slack.Blocks;
using ResBot.Bot.Channels.Slack.Rendering;
using ResBot.Bot.Channels.Slack.WebApi;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Tests.Channels.Slack;

public sealed class SlackAnswerRendererTests
{
    private const string Document = "OIC/CFM-38/2011/INF/RES/FINAL";

    private static QuotedClause Clause(string paragraph, string text, Language language = Language.En, string resolution = "38/4", bool authoritative = false) =>
        new(new Citation(Document, resolution, paragraph, ParagraphKind.Operative), text, language, authoritative);

    private static Answer Found(Language language, string lead, params QuotedClause[] clauses) =>
        new("What does 38/4 ask?", language, AnswerOutcome.Found, AnswerMode.Extractive, lead, clauses, [], clauses.Select(c => c.Citation.Resolution).Distinct().ToList());

    private static SlackMessage Render(Answer answer, ConversationAction? again = null, bool shareable = true) =>
        SlackAnswerRenderer.Render(answer, new SlackRenderContext(again ?? ConversationAction.AskQuestion(answer.Question), shareable));

    private static IEnumerable<TextObject> Texts(SlackMessage message) => message.Blocks!.SelectMany(b => b switch
    {
        HeaderBlock h => [h.Text],
        SectionBlock s => [s.Text],
        ContextBlock c => c.Elements,
        ActionsBlock a => a.Elements.Select(e => e.Text),
        _ => Array.Empty<TextObject>(),
    });

    private static List<ButtonElement> Buttons(SlackMessage message) =>
        message.Blocks!.OfType<ActionsBlock>().SelectMany(a => a.Elements).ToList();

    [Fact]
    public void An_answer_is_a_header_the_lead_and_each_clause_with_its_citation_beneath()
    {
        var message = Render(Found(Language.En, "38/4: what is asked of member States (2 paragraphs):",
            Clause("5", "Encourages the member States to cooperate."),
            Clause("6", "Calls upon the member States to join.")));

        var blocks = message.Blocks!;
        Assert.IsType<HeaderBlock>(blocks[0]);
        Assert.Equal("38/4: what is asked of member States (2 paragraphs):", Assert.IsType<SectionBlock>(blocks[1]).Text.Text);
        Assert.Equal("Encourages the member States to cooperate.", Assert.IsType<SectionBlock>(blocks[2]).Text.Text);
        Assert.Contains("OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶5", Assert.IsType<ContextBlock>(blocks[3]).Elements[0].Text);
        Assert.Equal("Calls upon the member States to join.", Assert.IsType<SectionBlock>(blocks[4]).Text.Text);
        Assert.Contains("OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶6", Assert.IsType<ContextBlock>(blocks[5]).Elements[0].Text);
        Assert.Contains("OIC/CFM-38/2011/INF/RES/FINAL, 38/4", message.Text);
    }

    [Fact]
    public void The_words_stating_the_asked_fact_are_bold_and_the_rest_of_the_clause_is_as_written()
    {
        var text = "Calls upon the member States to celebrate OIC Day (which falls on 25 September) & more.";
        var clause = Clause("E.1", text, resolution: "38/1") with { Highlights = [new TextSpan(text.IndexOf("25 September", StringComparison.Ordinal), "25 September".Length)] };

        var message = Render(Found(Language.En, "25 September, according to 38/1 ¶E.1 (1 operative paragraph):", clause));

        Assert.Equal("Calls upon the member States to celebrate OIC Day (which falls on *25 September*) &amp; more.", Assert.IsType<SectionBlock>(message.Blocks![2]).Text.Text);
    }

    [Fact]
    public void An_english_answer_offers_sharing_the_authoritative_arabic_text_the_whole_resolution_and_french()
    {
        var message = Render(Found(Language.En, "Lead", Clause("5", "Encourages…"), Clause("6", "Calls upon…")));

        var buttons = Buttons(message);
        Assert.Equal(["Share in channel", "Authoritative Arabic text", "Whole resolution", "Français"], buttons.Select(b => b.Text.Text));
        var arabic = ConversationAction.FromValue(buttons[1].Value)!;
        Assert.Equal((ConversationAction.Show, "ar"), (arabic.Kind, arabic.Language));
        var group = Assert.Single(arabic.Groups!);
        Assert.Equal("38/4", group.Resolution);
        Assert.Equal(["5", "6"], group.Paragraphs);
        var whole = ConversationAction.FromValue(buttons[2].Value)!;
        Assert.Equal((ConversationAction.Resolution, "38/4", "en"), (whole.Kind, whole.ResolutionKey, whole.Language));
        Assert.Equal("fr", ConversationAction.FromValue(buttons[3].Value)!.Language);
        Assert.Equal(buttons.Count, buttons.Select(b => b.ActionId).Distinct().Count());
    }

    [Fact]
    public void An_arabic_answer_carries_arabic_text_and_offers_english_and_french()
    {
        var message = Render(Found(Language.Ar, "38/4: ما طُلب من الدول الأعضاء (فقرتان):",
            Clause("5", "يشجع الدول الأعضاء في منظمة المؤتمر الإسلامي على اتخاذ التدابير اللازمة", Language.Ar, authoritative: true)));

        var sections = message.Blocks!.OfType<SectionBlock>().Select(s => s.Text.Text).ToList();
        Assert.Contains("يشجع الدول الأعضاء في منظمة المؤتمر الإسلامي على اتخاذ التدابير اللازمة", sections);
        Assert.Contains("النص المعتمد", message.Blocks!.OfType<ContextBlock>().Single().Elements[0].Text);
        Assert.Equal(["مشاركة في القناة", "القرار كاملاً", "English", "Français"], Buttons(message).Select(b => b.Text.Text));
        Assert.Contains("يشجع", JsonSerializer.Serialize(message, SlackJson.Options));
    }

    [Fact]
    public void A_very_long_answer_stays_within_block_kits_limits_and_offers_more()
    {
        var words = string.Join(' ', Enumerable.Repeat("Requests the Secretary-General to follow up & report <urgently>", 120));
        var clauses = Enumerable.Range(1, 80).Select(i => Clause(i.ToString(), $"{i}. {words}")).ToArray();
        var answer = Found(Language.En, "Everything", clauses);

        var message = Render(answer);

        Assert.InRange(message.Blocks!.Count, 1, SlackMessage.MaxBlocks);
        Assert.All(message.Blocks!.OfType<SectionBlock>(), s => Assert.InRange(s.Text.Text.Length, 1, SectionBlock.MaxTextLength));
        Assert.All(Buttons(message), b => Assert.InRange(b.Text.Text.Length, 1, ButtonElement.MaxTextLength));
        Assert.All(Buttons(message), b => Assert.InRange(b.Value.Length, 1, ButtonElement.MaxValueLength));
        Assert.InRange(Texts(message).Sum(t => t.Text.Length) + message.Text.Length, 1, SlackMessage.MaxTotalCharacters);
        Assert.Contains("&amp; report &lt;urgently&gt;", message.Blocks!.OfType<SectionBlock>().ElementAt(1).Text.Text);

        var more = ConversationAction.FromValue(Buttons(message).Single(b => b.Text.Text == "More").Value)!;
        Assert.InRange(more.Skip, 1, 79);
        var next = Render(answer, more);
        Assert.Contains($"{more.Skip + 1}. Requests", next.Blocks!.OfType<SectionBlock>().First().Text.Text);
    }

    [Fact]
    public void A_clause_longer_than_a_section_is_split_at_word_boundaries_and_nothing_is_lost()
    {
        var text = string.Join(' ', Enumerable.Range(0, 1500).Select(i => $"w{i}"));
        var message = Render(Found(Language.En, "Lead", Clause("5", text)));

        var pieces = message.Blocks!.OfType<SectionBlock>().Skip(1).Select(s => s.Text.Text).ToList();
        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, SectionBlock.MaxTextLength));
        Assert.Equal(text, string.Join(' ', pieces));
    }

    [Fact]
    public void A_single_enormous_clause_is_cut_to_fit_rather_than_rejected()
    {
        var message = Render(Found(Language.En, "Lead", Clause("5", new string('x', 100_000))));

        Assert.InRange(message.Blocks!.Count, 1, SlackMessage.MaxBlocks);
        Assert.InRange(Texts(message).Sum(t => t.Text.Length), 1, SlackMessage.MaxTotalCharacters);
        Assert.Contains(message.Blocks!.OfType<ContextBlock>(), c => c.Elements[0].Text.Contains("¶5"));
    }

    [Fact]
    public void Text_that_could_notify_a_channel_is_escaped()
    {
        var message = Render(Found(Language.En, "<!channel> look", Clause("5", "<!here> & <@U123>")));

        var json = JsonSerializer.Serialize(message, SlackJson.Options);
        Assert.DoesNotContain("<!channel>", json);
        Assert.DoesNotContain("<!here>", json);
        Assert.DoesNotContain("<@U123>", json);
    }

    [Fact]
    public void A_not_found_answer_shows_its_hint_and_no_resolution_buttons()
    {
        var answer = new Answer("unicorns?", Language.En, AnswerOutcome.NotFound, AnswerMode.Extractive,
            "Nothing in the resolutions answers this.", [], ["Resolutions that exist: 38/1, 38/2"], []);

        var message = Render(answer);

        Assert.Contains(message.Blocks!.OfType<ContextBlock>(), c => c.Elements[0].Text == "Resolutions that exist: 38/1, 38/2");
        Assert.DoesNotContain(Buttons(message), b => b.Text.Text is "Whole resolution" or "Authoritative Arabic text");
    }

    [Fact]
    public void A_shared_answer_has_no_share_button_and_a_generated_one_shows_its_label()
    {
        var answer = Found(Language.En, "Lead", Clause("5", "Encourages…")) with { Label = "AI-generated" };

        var message = Render(answer, shareable: false);

        Assert.DoesNotContain(Buttons(message), b => b.ActionId.StartsWith(SlackAnswerRenderer.ShareAction));
        Assert.Equal("AI-generated", Assert.IsType<ContextBlock>(message.Blocks![1]).Elements[0].Text);
    }

    [Fact]
    public void Blocks_serialize_with_slacks_type_names()
    {
        var json = JsonSerializer.Serialize(Render(Found(Language.En, "Lead", Clause("5", "Encourages…"))), SlackJson.Options);

        using var document = JsonDocument.Parse(json);
        var types = document.RootElement.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("type").GetString()).ToList();
        Assert.Equal(["header", "section", "section", "context", "divider", "actions"], types);
        var button = document.RootElement.GetProperty("blocks")[5].GetProperty("elements")[0];
        Assert.Equal("button", button.GetProperty("type").GetString());
        Assert.Equal("plain_text", button.GetProperty("text").GetProperty("type").GetString());
    }
}
