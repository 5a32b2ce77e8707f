using ResBot.Knowledge.Understanding;

namespace ResBot.Knowledge.Tests.Understanding;

public sealed class ReferenceParserTests
{
    [Theory]
    [InlineData("what did 38/4 ask?", 38, 4)]
    [InlineData("4/38", 4, 38)]
    [InlineData("ماذا طلب القرار ٣٨/٤؟", 38, 4)]
    [InlineData("38/4-INF", 38, 4)]
    [InlineData("القرار 38/4-إع", 38, 4)]
    [InlineData("Resolution No. 4/38-INF", 4, 38)]
    [InlineData("la résolution 38/4", 38, 4)]
    [InlineData("what does 1/21153-INF ask?", 1, 21153)]
    [InlineData("op 2 of 38.3", 38, 3)]
    [InlineData("para 6 in 38-4", 38, 4)]
    [InlineData("cite 38/3:9", 38, 3)]
    public void Pairs_are_read_in_the_order_typed(string question, int first, int second)
    {
        var reference = Assert.Single(ReferenceParser.FindResolutions(question));
        Assert.Equal((first, second), (reference.First, reference.Second));
    }

    [Theory]
    [InlineData("resolution 4 of the 38th session", "38/4")]
    [InlineData("la résolution 4 de la 38e session", "38/4")]
    public void Number_of_session_forms_know_which_is_the_session(string question, string key)
    {
        var reference = Assert.Single(ReferenceParser.FindResolutions(question));
        Assert.False(reference.SessionFirst);
        Assert.Equal(key, reference.NumberFirstKey);
    }

    [Fact]
    public void Document_symbols_are_not_resolution_references()
    {
        Assert.Empty(ReferenceParser.FindResolutions("OIC/CFM-38/2011/INF/RES/FINAL"));
        Assert.Empty(ReferenceParser.FindResolutions("adopted on 28/06/2011"));
    }

    [Theory]
    [InlineData("paragraph 6 of 38/4", "6")]
    [InlineData("para 6", "6")]
    [InlineData("OP6", "6")]
    [InlineData("op. 6", "6")]
    [InlineData("what does E.3 say", "E.3")]
    [InlineData("الفقرة 6 من القرار 38/4", "6")]
    [InlineData("le paragraphe 6", "6")]
    [InlineData("¶5", "5")]
    [InlineData("PP2 of 38/4", "PP2")]
    [InlineData("l'alinéa 2 du préambule de la 38/1", "PP2")]
    [InlineData("paragraph 3 of the preamble of 38/4", "PP3")]
    [InlineData("the second preambular paragraph of 38/3", "PP2")]
    [InlineData("le troisième alinéa du préambule", "PP3")]
    [InlineData("الفقرة الثانية من الديباجة في القرار 38/4", "PP2")]
    [InlineData("الفقرة 4 من الديباجة", "PP4")]
    [InlineData("op 2 of 38.3", "2")]
    [InlineData("Cite 38/3:9 comme source", "9")]
    [InlineData("38/4:PP2", "PP2")]
    [InlineData("38/1:E.3", "E.3")]
    [InlineData("الفقرة العاملة الأولى من القرار ٣٨/٤", "#n:1")]
    [InlineData("what does the final, unnumbered paragraph of resolution one say", "#last")]
    public void Paragraph_references_become_citation_keys(string question, string key)
    {
        Assert.Equal([key], ReferenceParser.FindParagraphs(question));
    }

    [Theory]
    [InlineData("اعرض الفقرة 3 من البند (هـ)", "E")]
    [InlineData("section B of 38/1", "B")]
    public void Sections_named_apart_are_read_as_latin_letters(string question, string letter)
    {
        Assert.Equal(letter, ReferenceParser.FindSection(question));
    }

    [Theory]
    [InlineData("What is asked in the 38th session's information resolutions?", 38)]
    [InlineData("selon les résolutions de la 38e session", 38)]
    [InlineData("what did session 39 decide", 39)]
    [InlineData("the Thirty-eighth Session", 38)]
    [InlineData("ما الذي طلب في قرارات الدورة 38؟", 38)]
    [InlineData("متى ستعقد الدورة التاسعة والثلاثون لمجلس وزراء الخارجية؟", 39)]
    [InlineData("في دورته الثامنة والثلاثين", 38)]
    public void A_session_named_is_read_as_a_number(string question, int session) =>
        Assert.Equal(session, ReferenceParser.FindSession(question));

    [Theory]
    [InlineData("What did the eighth session of the Islamic Conference of Information Ministers decide?")]
    [InlineData("قرار الدورة الثامنة لكومياك")]
    [InlineData("la huitième session de la Conférence islamique des ministres de l'information")]
    [InlineData("what did 38/4 ask?")]
    [InlineData("Which resolutions ask for a report to the 39th session?")]
    [InlineData("quelles résolutions demandent un rapport à la 39e session ?")]
    [InlineData("ما القرارات التي تطلب تقريرا إلى الدورة التاسعة والثلاثين؟")]
    public void Another_bodys_session_or_none_is_no_session(string question) =>
        Assert.Null(ReferenceParser.FindSession(question));

    [Fact]
    public void A_stop_word_is_not_a_paragraph_reference()
    {
        Assert.Empty(ReferenceParser.FindParagraphs("stop 5 minutes"));
    }
}
