using ResBot.Knowledge.Model;
using ResBot.Knowledge.Understanding;

namespace ResBot.Knowledge.Tests.Understanding;

/// <summary>Which messages continue the last answer, and how: text in, kind (and language) out.</summary>
public sealed class FollowUpReaderTests
{
    [Theory]
    [InlineData("and paragraph 8?")]
    [InlineData("What about paragraph 6?")]
    [InlineData("what did it ask the Secretary-General?")]
    [InlineData("And the Secretary-General?")]
    [InlineData("the last paragraph")]
    [InlineData("ماذا عن الفقرة 8؟")]
    [InlineData("وماذا طلب من الأمين العام؟")]
    [InlineData("ماذا يطلب هذا القرار من الأمين العام؟")]
    [InlineData("et le paragraphe 8 ?")]
    [InlineData("Que demande-t-elle au Secrétaire général ?")]
    [InlineData("Et au Secrétaire général ?")]
    public void A_question_tied_to_the_last_answer_is_about_it(string message) =>
        Assert.Equal(new FollowUp(FollowUpKind.AboutPrevious), FollowUpReader.Read(message));

    [Theory]
    [InlineData("the whole resolution")]
    [InlineData("Show me the whole resolution please")]
    [InlineData("full text")]
    [InlineData("la résolution entière")]
    [InlineData("toute la résolution s'il vous plaît")]
    [InlineData("القرار كاملاً")]
    [InlineData("اعرض النص الكامل")]
    public void Wholeness_alone_asks_for_the_whole_resolution(string message) =>
        Assert.Equal(new FollowUp(FollowUpKind.WholeResolution), FollowUpReader.Read(message));

    [Theory]
    [InlineData("in Arabic", Language.Ar)]
    [InlineData("in French please", Language.Fr)]
    [InlineData("And in English?", Language.En)]
    [InlineData("en français s'il vous plaît", Language.Fr)]
    [InlineData("le texte en arabe", Language.Ar)]
    [InlineData("بالفرنسية من فضلك", Language.Fr)]
    [InlineData("بالإنجليزية", Language.En)]
    public void A_language_alone_asks_for_the_last_answer_in_it(string message, Language language) =>
        Assert.Equal(new FollowUp(FollowUpKind.InLanguage, language), FollowUpReader.Read(message));

    [Theory]
    [InlineData("What did 38/4 ask member states to do?")]
    [InlineData("and 38/3?")]
    [InlineData("and paragraph 2 of resolution 38/1?")]
    [InlineData("What is OIC-CERT?")]
    [InlineData("cybersecurity")]
    [InlineData("Which resolutions mention the Digital Solidarity Fund?")]
    [InlineData("ما هو صندوق التضامن الرقمي؟")]
    [InlineData("Quelles résolutions parlent de la solidarité numérique ?")]
    [InlineData("What is the official language of the Arabic version?")]
    [InlineData("")]
    public void A_question_of_its_own_is_no_follow_up(string message) =>
        Assert.Equal(FollowUp.None, FollowUpReader.Read(message));
}
