using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Understanding;

namespace ResBot.Knowledge.Tests.Understanding;

/// <summary>A resolution named by what it is about, not its number: the words that name it, and the one they name.</summary>
[Collection(BundledCorpusCollection.Name)]
public sealed class TitleCueTests(TestCorpus corpus)
{
    [Theory]
    [InlineData("What does the resolution on the OIC-CERT ask?", new[] { "the OIC-CERT" })]
    [InlineData("What is the Secretary-General asked in the resolution on the OIC-CERT?", new[] { "the OIC-CERT" })]
    [InlineData("Both the digital fund resolution and the CERT resolution say so", new[] { "digital fund", "CERT" })]
    [InlineData("Que demande la résolution sur le Fonds de solidarité numérique ?", new[] { "le Fonds de solidarité numérique" })]
    [InlineData("ما الذي يستذكره قرار الشؤون الإعلامية؟", new[] { "الشؤون الإعلامية" })]
    [InlineData("أي قرار وافق على قرارات كومياك؟", new string[0])]
    [InlineData("What did 38/4 ask member states to do?", new string[0])]
    public void The_title_words_are_those_after_or_before_the_word_resolution(string question, string[] titles) =>
        Assert.Equal(titles, TitleCue.TitleWords(question));

    [Theory]
    [InlineData("ما الذي يستذكره قرار الشؤون الإعلامية من قرارات دورة إسلام آباد؟")]
    [InlineData("Which resolutions of the Islamabad session does the information affairs resolution recall?")]
    public void Other_words_of_the_question_do_not_name_another_resolution(string question)
    {
        // 38/2's title speaks of resolutions "adopted by" a session too; the title words name 38/1 alone.
        var clause = Assert.Single(corpus.Assistant.Ask(new Question(question)).Clauses);
        Assert.Equal(("38/1", "PP9"), (clause.Citation.Resolution, clause.Citation.Paragraph));
    }
}
