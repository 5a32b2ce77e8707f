using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Tests.Indexing;

/// <summary>
/// The Arabic analysis shared by the index and the questions: a clitic comes off when what is left is a known word,
/// and a word that merely begins with a clitic's letter keeps it.
/// </summary>
public sealed class ArabicCliticTests
{
    private static readonly LanguageAnalyzers Analyzers = new();

    private static List<string> Tokens(string text) => Analyzers.Tokens(text, Language.Ar);

    [Theory]
    [InlineData("سكرتاريتها", "السكرتارية")]
    [InlineData("وسكرتاريتها", "سكرتارية")]
    [InlineData("بلجنة", "اللجنة")]
    [InlineData("للجنة", "لجنة")]
    [InlineData("برفع", "رفع")]
    [InlineData("وللدول", "الدول")]
    [InlineData("وبالتعاون", "التعاون")]
    [InlineData("أعضائها", "الأعضاء")]
    [InlineData("بصندوق", "الصندوق")]
    [InlineData("لتعزيز", "التعزيز")]
    [InlineData("وسائل", "الوسائل")]
    [InlineData("دورتها", "الدورة")]
    public void A_word_with_a_clitic_meets_the_same_word_without_it(string withClitic, string without) =>
        Assert.Equal(Tokens(without), Tokens(withClitic));

    [Theory]
    [InlineData("لماذا", "ماذا")]
    [InlineData("لهذه", "هذه")]
    public void A_word_of_its_own_is_not_a_clitic_on_another(string word, string other) =>
        Assert.NotEqual(Tokens(other), Tokens(word));

    [Fact]
    public void A_stop_word_is_no_reading_of_a_longer_word() =>
        Assert.DoesNotContain("هذ", Tokens("لهذه"));

    /// <summary>The rules alone, on a word list of the test's own: what the list holds decides.</summary>
    [Theory]
    [InlineData("بحث", "بحث")]
    [InlineData("لبحث", "بحث")]
    [InlineData("برنامج", "برنامج")]
    [InlineData("ببرنامج", "برنامج")]
    [InlineData("وزراء", "وزراء")]
    [InlineData("ووزراء", "وزراء")]
    [InlineData("بيتها", "بيت")]
    [InlineData("منظمتنا", "منظم")]
    [InlineData("بث", "بث")]
    public void A_listed_word_keeps_its_first_letter_and_loses_only_what_is_added(string word, string stem)
    {
        var stemmer = new ArabicCliticStemmer(["بحث", "حث", "برنامج", "وزراء", "زراء", "بيت", "منظمة", "ث"]);
        var letters = word.ToCharArray();

        Assert.Equal(stem, new string(letters, 0, stemmer.Stem(letters, letters.Length)));
    }

    [Theory]
    [InlineData("بكتيريا")]
    [InlineData("ليبيا")]
    [InlineData("فلسطين")]
    public void A_word_no_list_knows_is_stemmed_as_before(string word)
    {
        var empty = new ArabicCliticStemmer([]);
        var lucene = new Lucene.Net.Analysis.Ar.ArabicStemmer();
        char[] ours = word.ToCharArray(), theirs = word.ToCharArray();

        Assert.Equal(new string(theirs, 0, lucene.Stem(theirs, theirs.Length)), new string(ours, 0, empty.Stem(ours, ours.Length)));
    }
}
