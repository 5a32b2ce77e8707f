using ResBot.Knowledge.Model;
using ResBot.Knowledge.Understanding;

namespace ResBot.Knowledge.Tests.Understanding;

/// <summary>
/// What reading the glossary in every language adds to a question: a term written in another language is that term,
/// and its words are not left behind as topic words no clause in the question's language holds.
/// </summary>
[Collection(BundledCorpusCollection.Name)]
public sealed class CrossLingualTermTests(TestCorpus corpus)
{
    private QuestionIntent Read(string question, Language language) =>
        new QuestionReader(corpus.Knowledge.Glossary, corpus.Knowledge.Lexicon).Read(question, language, corpus.Knowledge.Corpus);

    [Theory]
    [InlineData("ماذا يطلب القرار من الدول التي لم تنضم إلى OIC-CERT؟", Language.Ar, "OIC-CERT")]
    [InlineData("ما هي مذكرة التفاهم MoU مع صندوق التضامن؟", Language.Ar, "MemorandumOfUnderstanding")]
    [InlineData("What does 38/4 ask of states not yet in the Équipe d'intervention d'urgence en informatique?", Language.En, "OIC-CERT")]
    [InlineData("What was said about فريق الاستجابة للطوارئ الحاسوبية?", Language.En, "OIC-CERT")]
    [InlineData("Que dit-on de la restructuration de l'Islamic States Broadcasting Union ?", Language.Fr, "ISBU")]
    [InlineData("Que demande-t-on au Digital Solidarity Fund ?", Language.Fr, "DSF")]
    [InlineData("ماذا يقول القرار عن الـ Kuala Lumpur meeting؟", Language.Ar, "KualaLumpur")]
    [InlineData("What is said about a « pôle d'appui »?", Language.En, "SupportPool")]
    [InlineData("Quand s'est réuni le Board of Directors de l'IINA ?", Language.Fr, "BoardOfDirectors")]
    [InlineData("What did the Council say about مجلس إدارة the agency?", Language.En, "BoardOfDirectors")]
    public void A_term_written_in_another_language_is_read_as_that_term(string question, Language language, string term)
    {
        var intent = Read(question, language);

        Assert.Contains(term, intent.TermIds);
    }

    [Theory]
    [InlineData("Que dit-on de la restructuration de l'Islamic States Broadcasting Union ?", Language.Fr, "islamic", "broadcasting")]
    [InlineData("What was said about فريق الاستجابة للطوارئ الحاسوبية?", Language.En, "فريق", "الحاسوبي")]
    public void Its_foreign_words_are_not_left_as_topic_words(string question, Language language, string first, string second)
    {
        var intent = Read(question, language);

        Assert.DoesNotContain(intent.ContentTokens, t => t.StartsWith(first[..4], StringComparison.OrdinalIgnoreCase) || t.StartsWith(second[..4], StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("which countries are on the external media committee?", Language.En, "ExternalMedia")]
    [InlineData("What is the General Secretariat supposed to do about the foreign media?", Language.En, "ExternalMedia")]
    public void Another_languages_spelling_inside_an_own_language_term_does_not_take_it_apart(string question, Language language, string term)
    {
        // French spells Media "media" too: read first, it used to strip "media" from "external media", leaving "external".
        var intent = Read(question, language);

        Assert.Contains(term, intent.TermIds);
        Assert.DoesNotContain("extern", intent.ContentTokens);
    }

    [Fact]
    public void Own_language_terms_need_no_foreign_reading()
    {
        var intent = Read("What did 38/3 say about the Digital Solidarity Fund?", Language.En);

        Assert.Equal(["DSF"], intent.TermIds);
        Assert.Empty(intent.ContentTokens);
    }

    [Theory]
    [InlineData("Que dit le Conseil sur la قرصنة ?", Language.Fr, Language.Ar)]
    [InlineData("What does the Council say about القرصنة?", Language.En, Language.Ar)]
    [InlineData("ماذا يقول المجلس عن hacking؟", Language.Ar, Language.En)]
    public void Words_written_in_another_script_are_read_in_their_own_language(string question, Language language, Language written)
    {
        var intent = Read(question, language);

        var other = Assert.Single(intent.OtherLanguageTokens);
        Assert.Equal(written, other.Language);
        Assert.NotEmpty(other.Tokens);
        Assert.Empty(intent.ContentTokens);
    }

    [Theory]
    [InlineData("Que dit le Conseil sur la قرصنة ?")]
    [InlineData("What does the Council say about القرصنة?")]
    [InlineData("ماذا يقول المجلس عن hacking؟")]
    public void A_word_in_another_script_finds_the_clause_whose_version_in_that_language_says_it(string question)
    {
        var answer = corpus.Assistant.Ask(new ResBot.Knowledge.Answers.Question(question));

        Assert.Contains(answer.Clauses, c => c.Citation.Resolution == "38/4" && c.Citation.Paragraph == "PP6");
    }
}
