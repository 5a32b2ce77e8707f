using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Tests.Answers;

/// <summary>Actions and addressees read from the text, normalised across languages.</summary>
[Collection(BundledCorpusCollection.Name)]
public sealed class AnnotationTests(TestCorpus corpus)
{
    private Paragraph Paragraph(string resolution, string key) => corpus.Knowledge.Corpus.FindResolution(resolution)!.FindParagraph(key)!;

    [Theory]
    [InlineData("38/4", "5", OperativeAction.Encourages, Addressee.MemberStates)]
    [InlineData("38/4", "6", OperativeAction.CallsUpon, Addressee.MemberStates)]
    [InlineData("38/4", "8", OperativeAction.Requests, Addressee.SecretaryGeneral)]
    [InlineData("38/1", "C.2", OperativeAction.CallsUpon, Addressee.GeneralSecretariat)]
    [InlineData("38/1", "D.3", OperativeAction.Requests, Addressee.MemberStates)]
    [InlineData("38/3", "1", OperativeAction.Urges, Addressee.MemberStates)]
    [InlineData("38/2", "1", OperativeAction.Approves, Addressee.None)]
    [InlineData("38/1", "A.1", OperativeAction.Commends, Addressee.None)]
    [InlineData("38/1", "A.2", OperativeAction.CallsUpon, Addressee.Media)]
    [InlineData("38/1", "E.1", OperativeAction.CallsUpon, Addressee.MemberStates)]
    [InlineData("38/1", "B.1", OperativeAction.TakesNote, Addressee.MemberStates)]
    public void Operative_paragraphs_know_their_action_and_addressees(string resolution, string key, OperativeAction action, Addressee addressee)
    {
        var paragraph = Paragraph(resolution, key);
        Assert.Equal(action, paragraph.Action);
        Assert.Equal(addressee, paragraph.Addressees & ~Addressee.NamedBody);
    }

    [Theory]
    [InlineData(Language.En, "Notes the agreement between the General Secretariat and the Fund, and calls upon them to cooperate.")]
    [InlineData(Language.Fr, "Note l'accord entre le Secrétariat général et le Fonds, et les invite à coopérer.")]
    [InlineData(Language.Ar, "ينوه بالاتفاق بين الأمانة العامة والصندوق ويدعوها إلى التعاون.")]
    public void A_directive_to_a_pronoun_addresses_whoever_the_clause_named_before_it(Language language, string text)
    {
        var annotator = new ResBot.Knowledge.Glossary.ClauseAnnotator(corpus.Knowledge.Glossary);

        var annotation = annotator.Annotate(ParagraphKind.Operative, new Dictionary<Language, string> { [language] = text }, language);

        Assert.True(annotation.Addressees.HasFlag(Addressee.GeneralSecretariat));
    }

    [Theory]
    [InlineData(Language.En, "Notes the report of the General Secretariat and urges the member States to act.")]
    [InlineData(Language.En, "Thanks the General Secretariat for it.")]
    public void A_clause_without_a_directive_to_a_pronoun_addresses_only_its_objects(Language language, string text)
    {
        var annotator = new ResBot.Knowledge.Glossary.ClauseAnnotator(corpus.Knowledge.Glossary);

        var annotation = annotator.Annotate(ParagraphKind.Operative, new Dictionary<Language, string> { [language] = text }, language);

        Assert.False(annotation.Addressees.HasFlag(Addressee.GeneralSecretariat));
    }

    [Fact]
    public void The_memorandum_clause_calls_upon_the_general_secretariat() =>
        Assert.True(Paragraph("38/3", "2").Addressees.HasFlag(Addressee.GeneralSecretariat));

    [Theory]
    [InlineData("What is the General Secretariat asked to do in 38/3?")]
    [InlineData("Que demande la résolution 38/3 au Secrétariat général ?")]
    [InlineData("ماذا طلب القرار 38/3 من الأمانة العامة؟")]
    public void What_is_asked_of_an_addressee_includes_the_directive_to_a_pronoun_naming_it(string question)
    {
        var answer = corpus.Assistant.Ask(new ResBot.Knowledge.Answers.Question(question));

        Assert.Contains(answer.Clauses, c => c.Citation.Resolution == "38/3" && c.Citation.Paragraph == "2");
    }

    [Fact]
    public void Who_is_asked_to_report_is_the_clause_whose_opening_verb_asks_not_one_that_notes_and_calls_upon_them()
    {
        var answer = corpus.Assistant.Ask(new ResBot.Knowledge.Answers.Question("Who is asked to report to the 39th session on 38/3?"));

        Assert.Equal(["38/3:4"], answer.Clauses.Select(c => $"{c.Citation.Resolution}:{c.Citation.Paragraph}"));
    }

    [Fact]
    public void The_garbled_arabic_welcome_is_still_a_welcome()
    {
        Assert.Equal(OperativeAction.Welcomes, Paragraph("38/1", "D.1").Action);
    }

    [Fact]
    public void Bodies_are_recognised_under_every_spelling()
    {
        Assert.Contains("COMIAC", Paragraph("38/2", "1").NamedBodies);
        Assert.Contains("ISBU", Paragraph("38/1", "B.1").NamedBodies);
        Assert.Contains("OIC-CERT", Paragraph("38/4", "6").NamedBodies);
    }

    [Fact]
    public void Paragraphs_hold_all_three_languages_aligned_by_key()
    {
        foreach (var resolution in corpus.Knowledge.Corpus.Resolutions)
            Assert.All(resolution.Paragraphs, p => Assert.Equal(3, p.Texts.Count));
        Assert.StartsWith("Encourages", Paragraph("38/4", "5").Texts[Language.En]);
        Assert.StartsWith("يشجع", Paragraph("38/4", "5").Texts[Language.Ar]);
    }

    [Theory]
    [InlineData(Language.En, "Requests the Secretary-General to follow up this resolution, and calls upon the media to cover its implementation.", true)]
    [InlineData(Language.En, "Calls upon the member States to urge their national media to cover the day.", false)]
    [InlineData(Language.Fr, "Demande aux États membres d'exhorter leurs médias nationaux à couvrir la journée.", false)]
    [InlineData(Language.Ar, "يدعو الدول الأعضاء حث وسائل الإعلام الوطنية على تغطية اليوم.", false)]
    public void The_media_are_addressed_by_a_verb_of_their_own_not_one_the_states_are_asked_to_use(Language language, string text, bool media)
    {
        var annotator = new ResBot.Knowledge.Glossary.ClauseAnnotator(corpus.Knowledge.Glossary);

        var annotation = annotator.Annotate(ParagraphKind.Operative, new Dictionary<Language, string> { [language] = text }, language);

        Assert.Equal(media, annotation.Addressees.HasFlag(Addressee.Media));
    }
}
