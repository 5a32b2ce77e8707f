using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Glossary;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Tests.Answers;

/// <summary>Whom a clause asks, when it is a body no addressee flag covers: the Fund asked, or only named in what others are asked.</summary>
[Collection(BundledCorpusCollection.Name)]
public sealed class AskedBodyTests(TestCorpus corpus)
{
    private static readonly GlossaryTerm Fund = DomainGlossary.LoadEmbedded(new LanguageAnalyzers()).Terms["DSF"];

    [Theory]
    [InlineData("Urges the World Digital Solidarity Fund and the General Secretariat to launch a programme.", Language.En, true)]
    [InlineData("Urges the member States that have not yet joined the World Digital Solidarity Fund to join it.", Language.En, false)]
    [InlineData("Notes the memorandum between the General Secretariat and the Digital Solidarity Fund, and calls upon them to cooperate.", Language.En, true)]
    [InlineData("Exhorte le Fonds mondial de solidarité numérique et le Secrétariat général à lancer un programme.", Language.Fr, true)]
    [InlineData("Exhorte les États membres qui n'ont pas encore adhéré au Fonds mondial de solidarité numérique à y adhérer.", Language.Fr, false)]
    [InlineData("Note le mémorandum entre le Secrétariat général et le Fonds mondial de solidarité numérique, et les invite à coopérer.", Language.Fr, true)]
    // « les » after the verb is an article: the States are asked.
    [InlineData("Se félicite de la création du Fonds mondial de solidarité numérique et exhorte les États membres à y adhérer.", Language.Fr, false)]
    [InlineData("ينوه بمذكرة التفاهم بين الأمانة العامة والصندوق العالمي للتضامن الرقمي ويدعوهما إلى التعاون.", Language.Ar, true)]
    public void A_clause_asks_the_body_it_names_as_its_object_not_in_what_qualifies_others(string clause, Language language, bool asks) =>
        Assert.Equal(asks, AskedBody.Asks(clause, language, Fund));

    [Theory]
    [InlineData("What is the World Digital Solidarity Fund asked to do?", Language.En, true)]
    [InlineData("Que demande la résolution 38/3 au Fonds mondial de solidarité numérique ?", Language.Fr, true)]
    [InlineData("What are member states asked to do about the Digital Solidarity Fund?", Language.En, false)]
    public void A_question_names_the_body_as_the_one_asked_or_as_its_topic(string question, Language language, bool asked) =>
        Assert.Equal(asked, AskedBody.IsAskedIn(question, language, Fund));

    [Theory]
    [InlineData("What is the World Digital Solidarity Fund asked to do?")]
    [InlineData("Que demande la résolution 38/3 au Fonds mondial de solidarité numérique ?")]
    public void What_the_fund_is_asked_is_the_clauses_asking_it(string question) =>
        Assert.Equal(["2", "3"], corpus.Assistant.Ask(new Question(question)).Clauses.Select(c => c.Citation.Paragraph));
}
