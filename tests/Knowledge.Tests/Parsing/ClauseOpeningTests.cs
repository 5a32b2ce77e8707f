using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Tests.Parsing;

/// <summary>Preambular and operative paragraphs told apart by their first words, in the three languages.</summary>
public sealed class ClauseOpeningTests
{
    [Theory]
    [InlineData("Recalling its resolution 54/195,")]
    [InlineData("Deeply concerned at the situation,")]
    [InlineData("Bearing in mind the Charter,")]
    [InlineData("Having considered the report,")]
    [InlineData("Mindful of its responsibilities,")]
    [InlineData("Rappelant sa résolution 242 (1967),")]
    [InlineData("Se félicitant de la coopération,")]
    [InlineData("Profondément préoccupé par la situation,")]
    [InlineData("Ayant examiné le rapport,")]
    [InlineData("إذ تشير إلى قرارها،")]
    [InlineData("وإذ يلاحظ مع التقدير،")]
    [InlineData("وبعد اطلاعه على مذكرة الأمانة العامة،")]
    [InlineData("استناداً إلى القرار رقم 37/1")]
    [InlineData("وعلى توصية مجلس الجامعة،")]
    public void Participles_and_circumstantial_openings_are_preambular(string text) =>
        Assert.Equal(OpeningKind.Preambular, ClauseOpening.Classify(text));

    [Theory]
    [InlineData("Decides to remain seized of the matter;")]
    [InlineData("Also requests the Secretary-General to report;")]
    [InlineData("Strongly condemns the attacks;")]
    [InlineData("Calls upon all States to cooperate;")]
    [InlineData("Prie le Secrétaire général de lui faire rapport ;")]
    [InlineData("Se félicite de la coopération ;")]
    [InlineData("Demande instamment aux États de coopérer ;")]
    [InlineData("يطلب من الأمين العام متابعة تنفيذ هذا القرار.")]
    [InlineData("تهيب بالدول الأعضاء أن تسدد مساهماتها؛")]
    [InlineData("توجيه الشكر إلى الأمين العام.")]
    [InlineData("الترحيب بما تحقق من خطوات،")]
    public void Present_tense_verbs_and_league_verbal_nouns_are_operative(string text) =>
        Assert.Equal(OpeningKind.Operative, ClauseOpening.Classify(text));

    [Theory]
    [InlineData("the latest of which was held in Vienna;")]
    [InlineData("المملكة الأردنية الهاشمية")]
    [InlineData("Egypt")]
    public void Continuations_and_list_items_open_nothing(string text) =>
        Assert.Equal(OpeningKind.Unknown, ClauseOpening.Classify(text));
}
