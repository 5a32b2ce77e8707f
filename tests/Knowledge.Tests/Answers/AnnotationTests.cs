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
    [InlineData("38/1", "B.1", OperativeAction.TakesNote, Addressee.MemberStates)]
    public void Operative_paragraphs_know_their_action_and_addressees(string resolution, string key, OperativeAction action, Addressee addressee)
    {
        var paragraph = Paragraph(resolution, key);
        Assert.Equal(action, paragraph.Action);
        Assert.Equal(addressee, paragraph.Addressees & ~Addressee.NamedBody);
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
}
