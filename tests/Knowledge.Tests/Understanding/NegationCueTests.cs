using ResBot.Knowledge.Understanding;

namespace ResBot.Knowledge.Tests.Understanding;

/// <summary>Questions about those who have not done something, in the three languages, and questions that only sound negative.</summary>
public sealed class NegationCueTests
{
    [Theory]
    [InlineData("What is asked of states that have not yet joined OIC-CERT?", true)]
    [InlineData("what about countries that aren't members of the team yet", true)]
    [InlineData("what about countries that havent joined the fund yet", true)]
    [InlineData("Que dit le texte de la façon dont la presse défend les causes des musulmans ?", false)]
    [InlineData("Que demande-t-on aux États qui n'ont pas encore adhéré au Fonds ?", true)]
    [InlineData("ماذا يطلب من الدول التي لم تنضم إلى الفريق؟", true)]
    [InlineData("ما المطلوب من الدول غير المنضمة إلى الصندوق؟", true)]
    // Spoken Arabic says "not" with ما after a relative; ما elsewhere asks "what".
    [InlineData("الدول اللي ما دخلت الصندوق شو المطلوب منها", true)]
    [InlineData("ما المطلوب من الدول اللي انضمت للفريق؟", false)]
    // Asking whether something was done, or nothing negative at all.
    [InlineData("Didn't the Council thank President Wade?", false)]
    [InlineData("Le Conseil n'a-t-il pas salué le Sénégal ?", false)]
    [InlineData("What did 38/4 ask member states to do?", false)]
    [InlineData("Que demande la résolution 38/4 aux États membres ?", false)]
    [InlineData("ماذا طلب القرار 38/4 من الدول الأعضاء؟", false)]
    // A hedge is not a question about those who have not.
    [InlineData("I'm not sure, but what are member states asked to do about OIC-CERT?", false)]
    [InlineData("Je ne sais pas trop : que demande la 38/4 aux États membres ?", false)]
    [InlineData("لا أعرف بالضبط، ماذا يطلب القرار 38/4 من الدول الأعضاء؟", false)]
    public void A_question_about_those_who_have_not_is_told_apart(string question, bool negated) =>
        Assert.Equal(negated, NegationCue.IsAsked(question));
}
