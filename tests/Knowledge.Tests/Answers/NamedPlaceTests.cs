using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Tests.Answers;

/// <summary>
/// Cities, countries and named bodies are glossary terms with their spellings in the three languages, so a question
/// naming one in any language finds the paragraphs naming it in any version; a place alone is not a topic.
/// </summary>
[Collection(BundledCorpusCollection.Name)]
public sealed class NamedPlaceTests(TestCorpus corpus)
{
    private Answer Ask(string question) => corpus.Assistant.Ask(new Question(question));

    private static List<string> Cited(Answer answer) =>
        answer.Clauses.Select(c => $"{c.Citation.Resolution}:{c.Citation.Paragraph}").Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData("Which resolutions mention Damascus?")]
    [InlineData("Quelles résolutions parlent de Damas ?")]
    [InlineData("ما القرارات التي تذكر دمشق؟")]
    public void A_city_in_any_language_finds_the_paragraphs_naming_it(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal(["38/1:PP4", "38/4:PP3"], Cited(answer));
    }

    [Theory]
    [InlineData("What did the Council say about the private sector?")]
    [InlineData("Que dit le Conseil sur le secteur privé ?")]
    [InlineData("ماذا قال المجلس عن القطاع الخاص؟")]
    [InlineData("هل ذكرت القرارات الـ private sector؟")]
    public void A_named_sector_is_found_whatever_the_language_it_is_written_in(string question)
    {
        var answer = Ask(question);

        Assert.Equal(["38/3:PP5", "38/3:PP7"], Cited(answer));
    }

    [Theory]
    [InlineData("When did the Board of Directors of IINA meet?")]
    [InlineData("Quand s'est réuni le conseil d'administration de l'IINA ?")]
    [InlineData("متى اجتمع مجلس إدارة وكالة الأنباء الإسلامية؟")]
    public void A_board_is_its_own_body_in_the_three_languages(string question)
    {
        Assert.Equal(["38/1:PP10"], Cited(Ask(question)));
    }

    [Theory]
    [InlineData("What did the Council say about the World Summit on the Information Society?")]
    [InlineData("Que dit-on du Sommet mondial sur la société de l'information ?")]
    [InlineData("ماذا قال المجلس عن القمة العالمية لمجتمع المعلومات؟")]
    public void A_world_summit_named_in_full_is_that_summit_not_a_League_summit(string question)
    {
        Assert.Equal(["38/1:PP8", "38/3:PP6"], Cited(Ask(question)));
    }

    [Theory]
    [InlineData("Which resolutions mention Rabat?", Language.En, "Rabat")]
    [InlineData("Quelles résolutions évoquent Rabat ?", Language.Fr, "Rabat")]
    [InlineData("ما القرارات التي تذكر الرباط؟", Language.Ar, "الرباط")]
    public void Which_resolutions_mention_a_place_is_answered_by_every_paragraph_naming_it_of_either_kind(string question, Language language, string place)
    {
        var naming = corpus.Assistant.Resolutions
            .SelectMany(r => r.Paragraphs.Where(p => p.Texts.TryGetValue(language, out var text) && text.Contains(place, StringComparison.Ordinal)).Select(p => $"{r.Key}:{p.Key}"))
            .Order(StringComparer.Ordinal).ToList();

        var answer = Ask(question);

        Assert.Contains(naming, key => key.Contains(":PP", StringComparison.Ordinal));
        Assert.Contains(naming, key => !key.Contains(":PP", StringComparison.Ordinal));
        Assert.Equal(naming, Cited(answer));
    }

    [Theory]
    [InlineData("What did the summit in Dakar decide on information?", Language.En)]
    [InlineData("Que dit le sommet de Dakar sur l'information ?", Language.Fr)]
    [InlineData("ماذا قالت القمة في داكار عن الإعلام؟", Language.Ar)]
    public void A_summit_is_not_read_as_the_Arab_League_in_a_corpus_without_League_resolutions(string question, Language language)
    {
        var answer = Ask(question);

        Assert.NotEqual(AnswerTexts.NoResolutionsOfBody("LAS", language), answer.Lead.TrimStart('\u200F'));
        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
    }

    [Theory]
    [InlineData("What did the resolutions say about Jakarta's media?")]
    [InlineData("Que disent les résolutions sur les médias de Jakarta ?")]
    [InlineData("ماذا قال المجلس عن الإعلام في Jakarta؟")]
    public void A_name_the_corpus_never_mentions_is_not_found_however_many_generic_words_it_shares(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Empty(answer.Clauses);
    }

    [Theory]
    [InlineData("What happened in Kuala Lumpur?")]
    [InlineData("Que s'est-il passé à Kuala Lumpur ?")]
    [InlineData("ماذا حدث في كوالالمبور؟")]
    public void A_place_with_only_question_words_around_it_finds_what_was_held_there(string question)
    {
        Assert.Equal(["38/4:PP4"], Cited(Ask(question)));
    }

    [Theory]
    [InlineData("What's the weather like in Damascus?")]
    [InlineData("Quel temps fait-il à Kampala ?")]
    [InlineData("ما هو الطقس في باكو؟")]
    public void A_place_alone_does_not_make_a_paragraph_answer(string question)
    {
        // Every paragraph reporting a meeting names where it was held; that says nothing about the weather.
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Empty(answer.Clauses);
    }

    [Theory]
    [InlineData("What did the Council say about Nairobi?")]
    [InlineData("Que dit la résolution sur Genève ?")]
    [InlineData("ماذا قال المجلس عن القاهرة؟")]
    public void A_place_the_corpus_never_names_is_not_found(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Empty(answer.Clauses);
    }
}
