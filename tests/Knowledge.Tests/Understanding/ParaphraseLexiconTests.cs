using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Tests.Understanding;

/// <summary>What the paraphrase lexicon adds, and what it must not: a word's synonyms mean the same, not a neighbouring thing.</summary>
[Collection(BundledCorpusCollection.Name)]
public sealed class ParaphraseLexiconTests(TestCorpus corpus)
{
    private bool AreSynonyms(string word, string other, Language language)
    {
        var analyse = (string w) => corpus.Knowledge.Analyzers.Tokens(w, language).Single();
        return corpus.Knowledge.Lexicon.SynonymsOf(analyse(word), language).Contains(analyse(other));
    }

    [Theory]
    [InlineData("avenue", "street", Language.En)]
    [InlineData("christen", "name", Language.En)]
    [InlineData("boulevard", "rue", Language.Fr)]
    [InlineData("baptiser", "nommer", Language.Fr)]
    [InlineData("جادة", "شارع", Language.Ar)]
    [InlineData("growth", "development", Language.En)]
    [InlineData("croissance", "développement", Language.Fr)]
    [InlineData("تلتحق", "الانضمام", Language.Ar)]
    [InlineData("تسانده", "الدعم", Language.Ar)]
    [InlineData("possèdent", "disposent", Language.Fr)]
    [InlineData("transmettre", "fournir", Language.Fr)]
    [InlineData("hold", "possess", Language.En)]
    [InlineData("signed", "joined", Language.En)]
    public void Words_of_one_meaning_are_synonyms(string word, string other, Language language) =>
        Assert.True(AreSynonyms(word, other, language));

    // "The name given to the session" is not about streets: naming a street is two meanings, kept apart.
    [Theory]
    [InlineData("name", "street", Language.En)]
    [InlineData("nom", "rue", Language.Fr)]
    [InlineData("اسم", "شارع", Language.Ar)]
    public void Words_that_only_appear_together_are_not_synonyms(string word, string other, Language language) =>
        Assert.False(AreSynonyms(word, other, language));
}
