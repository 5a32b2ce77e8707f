using ResBot.Knowledge.Model;
using ResBot.Knowledge.Understanding;

namespace ResBot.Knowledge.Tests.Understanding;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("What did 38/4 ask member states to do?", null, Language.En)]
    [InlineData("ماذا طلب القرار 38/4 من الدول الأعضاء؟", null, Language.Ar)]
    [InlineData("que demande la résolution 38/4 aux États membres ?", null, Language.Fr)]
    [InlineData("What did 38/4 ask member states to do?", Language.Fr, Language.En)]
    [InlineData("ماذا عن OIC-CERT؟", Language.En, Language.Ar)]
    [InlineData("38/4?", Language.Fr, Language.Fr)]
    [InlineData("38/4?", null, Language.En)]
    [InlineData("OIC-CERT", Language.Ar, Language.Ar)]
    [InlineData("What does 38/4 say about إينا?", null, Language.En)]
    [InlineData("38/1 section C", null, Language.En)]
    [InlineData("38/1 section C", Language.Ar, Language.Ar)]
    [InlineData("c quoi la 38/4", null, Language.Fr)]
    [InlineData("Why was فخامة الرئيس عبد الله واد thanked?", null, Language.En)]
    [InlineData("Pourquoi le texte remercie-t-il فخامة الرئيس عبد الله واد ?", null, Language.Fr)]
    [InlineData("لماذا شكر المجلس الرئيس عبد الله واد?", null, Language.Ar)]
    [InlineData("أين يُذكر الـ Standing Committee for Information and Cultural Affairs في القرار 38/3؟", null, Language.Ar)]
    [InlineData("ما هي الـ Session of Shared Vision of a More Secure and Prosperous Islamic World، وأين انعقدت؟", null, Language.Ar)]
    public void Text_evidence_wins_and_the_locale_decides_only_when_the_text_is_silent(string text, Language? prior, Language expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text, prior));
    }
}
