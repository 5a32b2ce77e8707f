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

    /// <summary>Every way a paragraph is named, in the three languages: phrasing → key or selector.</summary>
    [Theory]
    // Printed numbers and keys, with or without the part they are in.
    [InlineData("paragraph 6 of 38/4", "6")]
    [InlineData("para 6", "6")]
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
    [InlineData("Cite 38/3:9 comme source", "9")]
    [InlineData("38/4:PP2", "PP2")]
    [InlineData("38/1:E.3", "E.3")]
    // Ordinals and number words count the operative paragraphs (the printed number first, see ParagraphSelectors).
    // "OP6" counts the operative paragraphs: the printed ¶6 when the resolution has one, else its sixth (with a note).
    [InlineData("OP6", "#n:6")]
    [InlineData("op. 6", "#n:6")]
    [InlineData("the second paragraph of 38/3", "#n:2")]
    [InlineData("the seventh paragraph of 38/4", "#n:7")]
    [InlineData("the 2nd paragraph of 38/3", "#n:2")]
    [InlineData("le deuxième paragraphe de la résolution 38/3", "#n:2")]
    [InlineData("le deuxieme paragraphe", "#n:2")]
    [InlineData("La troisième résolution, paragraphe premier", "#n:1")]
    [InlineData("الفقرة الثانية من القرار 38/3", "#n:2")]
    [InlineData("القرار الرابع، الفقرة السابعة", "#n:7")]
    [InlineData("res. 38-4 para seven", "7")]
    [InlineData("38/4 paragraph seven", "7")]
    [InlineData("le paragraphe sept de la 38/4", "7")]
    [InlineData("résolution 38-2, paragraphe deux", "2")]
    [InlineData("الفقرة ٧ من القرار ٣٨-٤", "7")]
    // First and last operative paragraphs; "operative paragraph 1" counts the operative part.
    [InlineData("the first operative paragraph of 38/4", "#n:1")]
    [InlineData("operative paragraph 1 of 38/4", "#n:1")]
    [InlineData("OP 1 of 38/4", "#n:1")]
    [InlineData("le premier paragraphe du dispositif de la 38/4", "#n:1")]
    [InlineData("le paragraphe 1 du dispositif de la 38/4", "#n:1")]
    [InlineData("الفقرة العاملة الأولى من القرار ٣٨/٤", "#n:1")]
    [InlineData("الفقرة العاملة 1 من القرار 38/4", "#n:1")]
    [InlineData("the last paragraph of 38/3", "#last")]
    [InlineData("the last operative paragraph of 38/4", "#last")]
    [InlineData("le dernier paragraphe de la résolution 38/1", "#last")]
    [InlineData("الفقرة العاملة الأخيرة من القرار 38/4", "#last")]
    [InlineData("what does the final, unnumbered paragraph of resolution one say", "#last:unnumbered")]
    // Within the preamble: PP n, counted in order.
    [InlineData("the third preambular paragraph of 38/4", "PP3")]
    [InlineData("the 2nd preambular paragraph of 38/3", "PP2")]
    [InlineData("first paragraph of the preamble of res 38/2", "PP1")]
    [InlineData("le 2e alinéa du préambule de la résolution 38/4", "PP2")]
    [InlineData("الفقرة الأولى من ديباجة القرار 38/4", "PP1")]
    [InlineData("الفقرة الثالثة من ديباجة القرار ٣٨/١", "PP3")]
    [InlineData("pp 5 of the digital solidarity fund resolution", "PP5")]
    [InlineData("the last preambular paragraph of 38/4", "#last:preamble")]
    [InlineData("الفقرة الأخيرة من ديباجة القرار 38/4", "#last:preamble")]
    // Whole parts.
    [InlineData("the preamble of 38/4", "#preamble")]
    [InlineData("le préambule de la résolution 38/4", "#preamble")]
    [InlineData("ديباجة القرار 38/4", "#preamble")]
    [InlineData("38/1 section C", "#section:C")]
    [InlineData("البند (ب) من القرار 1/38", "#section:B")]
    [InlineData("rés. 38-1 section D", "#section:D")]
    // Sections with a number, in every order.
    [InlineData("(D)(3) of 38/1", "D.3")]
    [InlineData("(ج) ٢ من القرار الأول", "C.2")]
    [InlineData("(د) ١ من القرار ١/٣٨-إع", "D.1")]
    [InlineData("الفقرة (د) ٣ من القرار ١/٣٨", "D.3")]
    [InlineData("38/1 E2", "E.2")]
    [InlineData("Quel est le paragraphe E.3 de la résolution n° 1/38-INF ?", "E.3")]
    // A key after a pair and a colon, as citations print it.
    [InlineData("what does 38/3:2 say", "2")]
    [InlineData("cite 38/3:9", "9")]
    [InlineData("38/1:E.2", "E.2")]
    [InlineData("38/4:pp3", "PP3")]
    // Arabic number words after "رقم", a bullet point, and the preamble by what it precedes.
    [InlineData("الفقرة رقم ستة في القرار 38/4", "6")]
    [InlineData("ما نص الفقرة خمسة من القرار 38/4", "5")]
    [InlineData("the closing bullet point of 38/1", "#last")]
    [InlineData("Before its operative paragraphs, does 38/4 say anything on borders?", "#preamble")]
    [InlineData("avant le dispositif de la 38/4", "#preamble")]
    [InlineData("قبل منطوق القرار 38/4", "#preamble")]
    public void Every_phrasing_of_a_paragraph_becomes_its_key_or_selector(string question, string selector)
    {
        Assert.Equal([selector], ReferenceParser.FindParagraphs(question));
    }

    [Theory]
    [InlineData("What does 38/4 say about training?")]
    [InlineData("Which paragraph talks about a pôle d'appui?")]
    [InlineData("La section d'information de la 38/1")]
    [InlineData("the 38th session resolutions")]
    [InlineData("adopted from 11 to 13 October 2010")]
    public void Words_that_only_look_like_references_name_no_paragraph(string question)
    {
        Assert.Empty(ReferenceParser.FindParagraphs(question));
    }

    /// <summary>A resolution named by its place or a number word, in the three languages.</summary>
    [Theory]
    [InlineData("the fourth resolution, paragraph 6", 4)]
    [InlineData("the 2nd resolution", 2)]
    [InlineData("what does the final, unnumbered paragraph of resolution one say", 1)]
    [InlineData("seventh paragraph of resolution four", 4)]
    [InlineData("la quatrième résolution, paragraphe 6", 4)]
    [InlineData("la 3e résolution", 3)]
    [InlineData("le septième paragraphe de la résolution quatre", 4)]
    [InlineData("القرار الرابع", 4)]
    [InlineData("الفقرة السابعة من القرار الثاني", 2)]
    public void A_resolution_is_named_by_its_place(string question, int place)
    {
        var reference = Assert.Single(ReferenceParser.FindResolutions(question));
        Assert.True(reference.Ordinal);
        Assert.Equal(place, reference.First);
    }

    [Theory]
    [InlineData("What do the first and fourth resolutions ask of member states?", "1,4")]
    [InlineData("the first, second and the fourth resolutions", "1,2,4")]
    [InlineData("the first, second, and fourth resolutions", "1,2,4")]
    [InlineData("les demandes de la première et de la quatrième résolution", "1,4")]
    [InlineData("ما الذي يطلبه المجلس في القرارين الأول والرابع؟", "1,4")]
    public void Several_resolutions_are_named_by_their_places(string question, string places)
    {
        var references = ReferenceParser.FindResolutions(question);
        Assert.All(references, r => Assert.True(r.Ordinal));
        Assert.Equal(places, string.Join(",", references.Select(r => r.First)));
    }

    [Theory]
    [InlineData("38-4 paragraph 6", 38, 4)]
    [InlineData("op 2 of 38.3", 38, 3)]
    [InlineData("38.3 para 2", 38, 3)]
    public void A_pair_with_a_dash_or_a_dot_is_a_loose_reference(string question, int first, int second)
    {
        var reference = Assert.Single(ReferenceParser.FindResolutions(question));
        Assert.Equal((first, second, true), (reference.First, reference.Second, reference.Loose));
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
    [InlineData("What did the Thirty-ninth CFM decide?", 39)]
    [InlineData("ما الذي طلب في قرارات الدورة 38؟", 38)]
    [InlineData("متى ستعقد الدورة التاسعة والثلاثون لمجلس وزراء الخارجية؟", 39)]
    [InlineData("في دورته الثامنة والثلاثين", 38)]
    [InlineData("les résolutions de la trente huitième session", 38)]
    [InlineData("ما الذي طلب في قرارات الدورة الثامنة و الثلاثين؟", 38)]
    [InlineData("والدورة الثامنة والثلاثين", 38)]
    [InlineData("les résolutions de la trente-huitième session", 38)]
    public void A_session_named_is_read_as_a_number(string question, int session) =>
        Assert.Equal(session, ReferenceParser.FindSession(question));

    [Theory]
    [InlineData("What did the eighth session of the Islamic Conference of Information Ministers decide?")]
    [InlineData("قرار الدورة الثامنة لكومياك")]
    [InlineData("la huitième session de la Conférence islamique des ministres de l'information")]
    [InlineData("what did 38/4 ask?")]
    [InlineData("Which resolutions ask for a report to the 39th session?")]
    [InlineData("quelles résolutions demandent un rapport à la 39e session ?")]
    [InlineData("Dans quelles résolutions le Conseil demande-t-il un rapport à sa trente-neuvième session ?")]
    [InlineData("ما القرارات التي تذكر الدورة الحادية عشرة لمؤتمر القمة الإسلامي؟")]
    [InlineData("ما القرارات التي تطلب تقريرا إلى الدورة التاسعة والثلاثين؟")]
    [InlineData("When did the ninth session of COMIAC meet?")]
    [InlineData("the 11th session of the Islamic Summit")]
    [InlineData("la onzième session du Sommet islamique")]
    [InlineData("الدورة الحادية عشرة للقمة الإسلامية")]
    [InlineData("ماذا قررت الدورة السابعة لوزراء الإعلام؟")]
    [InlineData("what did the seventh session of the Ministers of Information decide?")]
    [InlineData("la septième session des ministres de l'information")]
    public void Another_bodys_session_or_none_is_no_session(string question) =>
        Assert.Null(ReferenceParser.FindSession(question));

    [Theory]
    [InlineData("When did the ninth session of COMIAC meet?", new[] { 9 })]
    [InlineData("la huitième session de la Conférence islamique des ministres de l'Information et la 38e session", new[] { 8, 38 })]
    [InlineData("قرارات الدورة التاسعة للجنة الدائمة", new[] { 9 })]
    [InlineData("what did 38/4 ask?", new int[0])]
    public void Every_bodys_sessions_are_read(string text, int[] sessions) =>
        Assert.Equal(sessions, ReferenceParser.AllSessions(text));

    // A session named by its name, not its number, keeps its words for the topic; one named by its number loses them.
    [Fact]
    public void A_session_s_name_stays_in_the_topic() =>
        Assert.Contains("السلام والتعاون", ReferenceParser.WithoutReferences("ما هي دورة السلام والتعاون والتطور؟"));

    [Fact]
    public void A_session_s_number_leaves_the_topic() =>
        Assert.DoesNotContain("الثامنة", ReferenceParser.WithoutReferences("ما قرارات الدورة الثامنة والثلاثين عن الإعلام؟"));

    // A long clause is read around the words that name sessions: sessions far apart are both read, and a number word
    // cut at a stretch's edge is never read as another ("seventy-fifth" is not "fifth").
    [Fact]
    public void Sessions_far_apart_in_a_long_clause_are_all_read()
    {
        var filler = string.Join(' ', Enumerable.Repeat("information and communication", 12));
        var text = $"Recalling resolution 31/13-P adopted by the Thirty-first Session of the Islamic Conference of Foreign Ministers, {filler}, and its endorsement by the Seventy-fifth Session, {filler}, and by the 38th session in Astana.";

        Assert.Equal([31, 75, 38], ReferenceParser.AllSessions(text));
    }

    [Fact]
    public void A_stop_word_is_not_a_paragraph_reference()
    {
        Assert.Empty(ReferenceParser.FindParagraphs("stop 5 minutes"));
    }
}
