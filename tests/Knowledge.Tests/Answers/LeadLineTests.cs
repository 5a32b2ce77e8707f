using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Tests.Answers;

/// <summary>Lead lines agree with what they count, in each language, and say which kind of clauses they quote.</summary>
[Collection(BundledCorpusCollection.Name)]
public sealed class LeadLineTests(TestCorpus corpus)
{
    [Theory]
    [InlineData(0, 1, "1 operative paragraph answers your question:")]
    [InlineData(1, 0, "1 preambular paragraph answers your question:")]
    [InlineData(0, 2, "2 operative paragraphs answer your question:")]
    [InlineData(1, 2, "1 preambular paragraph and 2 operative paragraphs answer your question:")]
    [InlineData(3, 0, "3 preambular paragraphs answer your question:")]
    public void English_leads_agree_with_the_count_and_name_the_kind(int preambular, int operative, string lead) =>
        Assert.Equal(lead, AnswerTexts.Topic(new ClauseCount(preambular, operative), Language.En));

    [Theory]
    [InlineData(0, 1, "1 paragraphe du dispositif répond à votre question :")]
    [InlineData(1, 0, "1 alinéa du préambule répond à votre question :")]
    [InlineData(0, 3, "3 paragraphes du dispositif répondent à votre question :")]
    [InlineData(2, 0, "2 alinéas du préambule répondent à votre question :")]
    [InlineData(1, 1, "1 alinéa du préambule et 1 paragraphe du dispositif répondent à votre question :")]
    public void French_leads_agree_with_the_count_and_name_the_kind(int preambular, int operative, string lead) =>
        Assert.Equal(lead, AnswerTexts.Topic(new ClauseCount(preambular, operative), Language.Fr));

    [Theory]
    [InlineData(0, 1, "وجدت فقرة عاملة واحدة تجيب عن سؤالك:")]
    [InlineData(0, 2, "وجدت فقرتين عاملتين تجيبان عن سؤالك:")]
    [InlineData(2, 0, "وجدت فقرتين من الديباجة تجيبان عن سؤالك:")]
    [InlineData(0, 3, "وجدت 3 فقرات عاملة تجيب عن سؤالك:")]
    [InlineData(0, 11, "وجدت 11 فقرة عاملة تجيب عن سؤالك:")]
    [InlineData(1, 1, "وجدت فقرة واحدة من الديباجة وفقرة عاملة واحدة تجيب عن سؤالك:")]
    public void Arabic_leads_take_the_dual_and_the_counted_forms(int preambular, int operative, string lead) =>
        Assert.Equal(lead, AnswerTexts.Topic(new ClauseCount(preambular, operative), Language.Ar));

    [Theory]
    [InlineData(Language.En, "(2 operative paragraphs)")]
    [InlineData(Language.Fr, "(2 paragraphes du dispositif)")]
    [InlineData(Language.Ar, "(فقرتان عاملتان)")]
    public void Counts_in_brackets_take_the_plain_form(Language language, string expected) =>
        Assert.Contains(expected, AnswerTexts.AskedOf("38/4", AnswerTexts.AddresseeName(Addressee.MemberStates, language), new ClauseCount(0, 2), language));

    [Theory]
    [InlineData(Language.Ar, 2, "دولتان (مالي وعمان)")]
    [InlineData(Language.Ar, 3, "3 دول (مالي وعمان)")]
    [InlineData(Language.Ar, 11, "11 دولة (مالي وعمان)")]
    [InlineData(Language.En, 2, "2 countries (مالي وعمان)")]
    [InlineData(Language.Fr, 2, "2 pays (مالي وعمان)")]
    public void A_counted_list_takes_the_number_s_form(Language language, int count, string expected) =>
        Assert.Equal(expected, AnswerTexts.CountedNames(count, "مالي وعمان", language));

    [Theory]
    [InlineData(Language.En, 1, "38/4: what it asks for")]
    [InlineData(Language.En, 2, "38/4, 38/3: what they ask for")]
    [InlineData(Language.Fr, 1, "ce que demande le texte")]
    [InlineData(Language.Fr, 2, "ce que demandent les textes")]
    [InlineData(Language.Ar, 1, "ما يطلبه القرار")]
    [InlineData(Language.Ar, 2, "ما تطلبه القرارات")]
    public void What_is_asked_agrees_with_how_many_resolutions_ask(Language language, int resolutions, string expected) =>
        Assert.Contains(expected, AnswerTexts.AskedOfAnyone(new[] { "38/4", "38/3" }.Take(resolutions).ToList(), new ClauseCount(0, 2), language));

    [Theory]
    [InlineData(Language.En, 1, "38/4 refers to it")]
    [InlineData(Language.En, 2, "38/4, 38/3 refer to it")]
    [InlineData(Language.Fr, 2, "s'y réfèrent")]
    [InlineData(Language.Ar, 2, "تستند إليه")]
    public void A_missing_resolution_is_cited_by_as_many_as_cite_it(Language language, int resolutions, string expected) =>
        Assert.Contains(expected, AnswerTexts.CitedButMissing("37/3", new[] { "38/4", "38/3" }.Take(resolutions).ToList(), new ClauseCount(1, 0), language));

    [Theory]
    [InlineData(Language.En, 1, "in 1 resolution match", "1 is quoted")]
    [InlineData(Language.Fr, 1, "dans 1 résolution répondent", "1 est cité")]
    [InlineData(Language.Ar, 2, "في قرارين", "عُرض منها")]
    [InlineData(Language.Ar, 12, "في 12 قرارًا", "عُرض منها")]
    public void The_more_note_counts_resolutions_in_their_own_forms(Language language, int resolutions, string counted, string shown)
    {
        var note = AnswerTexts.MoreClauses(15, resolutions, 1, "OIC (15)", "38/4 (15)", language);
        Assert.Contains(counted, note);
        Assert.Contains(shown, note);
    }

    [Theory]
    [InlineData("When was the Digital Solidarity Fund launched?", "preambular", "operative")]
    [InlineData("Quand le Fonds de solidarité numérique a-t-il été lancé ?", "préambule", "dispositif")]
    [InlineData("متى أطلق صندوق التضامن الرقمي؟", "الديباجة", "عامل")]
    [InlineData("What did 38/4 say about the OIC-CERT's new status?", "preambular", "operative")]
    public void A_topic_answer_names_the_kinds_it_quotes_and_no_other(string question, string preambular, string operative)
    {
        var answer = corpus.Assistant.Ask(new Question(question));

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal(answer.Clauses.Any(c => c.Citation.Kind == ParagraphKind.Preambular), answer.Lead.Contains(preambular));
        Assert.Equal(answer.Clauses.Any(c => c.Citation.Kind == ParagraphKind.Operative), answer.Lead.Contains(operative));
    }
}
