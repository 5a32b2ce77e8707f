using ResBot.Knowledge.Understanding;

namespace ResBot.Knowledge.Tests.Understanding;

/// <summary>Questions that ask where something is mentioned, in the three languages, and look-alikes that ask for one clause.</summary>
public sealed class MentionCueTests
{
    [Theory]
    [InlineData("Which resolutions mention Rabat?", true)]
    [InlineData("Where is the Digital Solidarity Fund mentioned?", true)]
    [InlineData("Quelles résolutions citent la Conférence de Bakou ?", true)]
    [InlineData("ما القرارات التي تشير إلى داكار؟", true)]
    [InlineData("أين ورد ذكر يوم المنظمة؟", true)]
    [InlineData("Which paragraphs, across the resolutions, mention the Ummah?", true)]
    [InlineData("Quels paragraphes des résolutions mentionnent la Turquie ?", true)]
    [InlineData("في أي الفقرات يرد اسم جمهورية كازاخستان؟", true)]
    [InlineData("Which paragraph talks about a support pool?", false)]
    [InlineData("What did 38/4 ask member states to do?", false)]
    [InlineData("Quelle résolution parle de Rabat ?", false)]
    [InlineData("Which resolutions talk about Kampala?", true)]
    [InlineData("In which resolutions is Baku mentioned?", true)]
    [InlineData("Find every mention of Jeddah", true)]
    [InlineData("Quelles résolutions font mention de Rabat ?", true)]
    [InlineData("Dans quelles résolutions Bakou est-elle citée ?", true)]
    [InlineData("القرارات التي تتحدث عن الرباط", true)]
    [InlineData("Dans quelles résolutions, et à quels paragraphes, est-il question de Djeddah ?", true)]
    [InlineData("Dans quels paragraphes parle-t-on du Fonds ?", true)]
    [InlineData("List every paragraph, in any of the resolutions, that names the Standing Committee.", true)]
    [InlineData("Donnez tous les paragraphes des résolutions qui mentionnent Dakar.", true)]
    [InlineData("Is Rabat named in more than one resolution?", true)]
    [InlineData("La Malaisie est-elle citée dans plusieurs résolutions ?", true)]
    [InlineData("هل تظهر تركيا في أكثر من قرار؟", true)]
    [InlineData("اذكر كل الفقرات التي تأتي على ذكر ماليزيا", true)]
    public void A_question_asking_where_something_is_mentioned_is_told_apart(string question, bool asked) =>
        Assert.Equal(asked, MentionCue.IsAsked(question));
}
