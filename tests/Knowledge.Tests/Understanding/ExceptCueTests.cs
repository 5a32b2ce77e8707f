using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Understanding;

namespace ResBot.Knowledge.Tests.Understanding;

/// <summary>Questions that leave someone or something out ("besides …", « en dehors de … », "عدا …") get answers without them.</summary>
[Collection(BundledCorpusCollection.Name)]
public sealed class ExceptCueTests(TestCorpus corpus)
{
    [Theory]
    [InlineData("Besides member states, whom does 38/1 ask to act?", "member states")]
    [InlineData("What is the Fund urged to do, as opposed to merely encouraged?", "encouraged")]
    [InlineData("En dehors des États membres, à qui la résolution s'adresse-t-elle ?", "États membres")]
    [InlineData("إلامَ دُعيت الدول الأعضاء عدا إحياء يوم المنظمة؟", "إحياء يوم المنظمة")]
    [InlineData("Apart from member States whom does 38/1 ask to support the fund?", "member States")]
    [InlineData("What did 38/4 ask member states to do?", "")]
    [InlineData("Qui est invité à participer à la conférence ?", "")]
    [InlineData("Was the session exceptional?", "")]
    [InlineData("هل تحدث المجلس عن مخاطبة الشعوب غير المسلمة؟", "")]
    public void The_left_out_words_run_from_the_cue_to_the_next_comma_or_question_mark(string question, string leftOut) =>
        Assert.Equal(leftOut, ExceptCue.Split(question).LeftOut.Trim());

    [Theory]
    [InlineData("In 38/4, what are member states called upon to do, rather than just encouraged?")]
    [InlineData("Dans la 38/4, que demande-t-on aux États membres, en dehors des encouragements ?")]
    public void A_verb_left_out_leaves_out_the_clauses_opening_with_it(string question)
    {
        var answer = corpus.Assistant.Ask(new Question(question));

        Assert.Equal(["6", "7"], answer.Clauses.Select(c => c.Citation.Paragraph));
    }

    [Fact]
    public void An_addressee_left_out_leaves_out_the_clauses_asking_no_one_else()
    {
        var onlyStates = corpus.Knowledge.Corpus.FindResolution("38/1")!.Operative
            .Where(p => (p.Addressees & ~Addressee.NamedBody) == Addressee.MemberStates && (p.Addressees & Addressee.NamedBody) == 0)
            .Select(p => p.Key).ToList();

        var answer = corpus.Assistant.Ask(new Question("Other than member states, who does resolution 38/1 ask to do something?"));

        Assert.NotEmpty(onlyStates);
        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.DoesNotContain(answer.Clauses, c => onlyStates.Contains(c.Citation.Paragraph));
        Assert.Contains(answer.Clauses, c => c.Citation.Paragraph == "A.2");
    }
}
