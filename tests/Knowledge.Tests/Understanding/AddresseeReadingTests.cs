using ResBot.Knowledge.Model;
using ResBot.Knowledge.Understanding;

namespace ResBot.Knowledge.Tests.Understanding;

/// <summary>Whom a question asks about: the media of the member States are the media, the media and the States are the States.</summary>
[Collection(BundledCorpusCollection.Name)]
public sealed class AddresseeReadingTests(TestCorpus corpus)
{
    [Theory]
    [InlineData("هل دعا المجلس إلى التنسيق بين الدول الأعضاء في مجالي الإعلام والثقافة؟", Language.Ar, Addressee.MemberStates)]
    [InlineData("ما المطلوب من وسائل إعلام الدول الأعضاء؟", Language.Ar, Addressee.Media)]
    [InlineData("Qu'attend-on des médias des États membres ?", Language.Fr, Addressee.Media)]
    [InlineData("What are member states' newspapers asked to do?", Language.En, Addressee.Media)]
    [InlineData("What are the media and member States asked to do?", Language.En, Addressee.MemberStates)]
    public void The_media_are_asked_only_when_the_question_names_the_states_media(string question, Language language, Addressee addressee)
    {
        var intent = new QuestionReader(corpus.Knowledge.Glossary, corpus.Knowledge.Lexicon).Read(question, language, corpus.Knowledge.Corpus);
        Assert.Equal(addressee, intent.Addressee);
    }

    [Theory]
    [InlineData("MemberStates", Addressee.MemberStates)]
    [InlineData("Media", Addressee.Media)]
    [InlineData("OIC-CERT", Addressee.None)]
    [InlineData("NamedBody", Addressee.None)]
    [InlineData("3", Addressee.None)]
    public void A_glossary_id_names_an_addressee_only_when_it_is_one(string termId, Addressee addressee) =>
        Assert.Equal(addressee, ResBot.Knowledge.Glossary.AddresseeIds.Parse(termId));
}
