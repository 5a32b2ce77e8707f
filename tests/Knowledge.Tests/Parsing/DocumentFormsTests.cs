using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Tests.Parsing;

/// <summary>
/// Whole documents in the layouts of DOCUMENT-FORMS.md (UN, OIC of several eras, Arab League; web copies with their
/// furniture), written for these tests, read into their true resolutions and paragraphs.
/// </summary>
public sealed class DocumentFormsTests
{
    private static ParsedDocument Read(string text, string name = "doc.txt")
    {
        var result = DocumentParser.Parse(text, name);
        Assert.Empty(result.Errors);
        return result.Document!;
    }

    private static IEnumerable<string> Keys(ParsedResolution resolution) =>
        resolution.Paragraphs.SelectMany(p => p.SubItems.Select(s => s.Key).Prepend(p.Key));

    [Fact]
    public void A_general_assembly_web_copy_keeps_the_resolution_and_drops_the_page_around_it()
    {
        var document = Read("""
            Skip to main content
            Home > Documents > Resolutions
            Resolution adopted by the General Assembly on 9 December 2003
            [on the report of the Sixth Committee (A/58/524)]

            58/85. Observer status for the Inland Seas Commission
            in the General Assembly

            The General Assembly,

            Recalling its resolution 54/195 of 17 December 1999,

            Noting the work of the Commission,

            1. Decides to invite the Commission to participate as an observer;

            2. Requests the Secretary-General:
            (a) To take the necessary action;
            (b) To report at its sixtieth session on:
            (i) The monitoring of water quality;
            (ii) The exchange of information;

            72nd plenary meeting
            9 December 2003
            1 See resolution 54/195.
            Annex
            1. Terms of the observer status.
            Share | Print | Email
            """, "ga.en.txt");

        Assert.Equal(("A/RES/58/85", "UN", 58), (document.Symbol, document.Body, document.Session));
        var resolution = Assert.Single(document.Resolutions);
        Assert.Equal("A/RES/58/85", resolution.Key);
        Assert.Equal("Observer status for the Inland Seas Commission in the General Assembly", resolution.Title);
        Assert.Equal(["PP1", "PP2", "1", "2", "2(a)", "2(b)", "2(b)(i)", "2(b)(ii)"], Keys(resolution));
        var two = resolution.Paragraphs.Single(p => p.Key == "2");
        Assert.EndsWith("(ii) The exchange of information;", two.Text);
        Assert.Equal("To report at its sixtieth session on: (i) The monitoring of water quality; (ii) The exchange of information;",
            two.SubItems.Single(s => s.Key == "2(b)").Text);
        Assert.Equal(["A/RES/54/195"], resolution.Paragraphs[0].Cites);
    }

    [Fact]
    public void An_older_security_council_resolution_with_dash_paragraphs_is_read_by_its_verbs()
    {
        var document = Read("""
            Resolution 338 (1973)
            of 22 October 1973

            The Security Council,

            Deeply concerned at the fighting in the region,

            - Calls upon all parties to cease all firing;
            - Calls upon the parties to start implementing resolution 242 (1967);
            - Decides that negotiations shall start at once.

            Adopted at the 1747th meeting by 14 votes to none, with 1 abstention.
            """, "sc338.en.txt");

        var resolution = Assert.Single(document.Resolutions);
        Assert.Equal("S/RES/338 (1973)", resolution.Key);
        Assert.Equal(["PP1", "OP-u1", "OP-u2", "OP-final"], Keys(resolution));
        Assert.Equal(["S/RES/242 (1967)"], resolution.Paragraphs[2].Cites);
        Assert.DoesNotContain(resolution.Paragraphs, p => p.Text.Contains("Adopted"));
    }

    [Fact]
    public void An_arabic_security_council_copy_with_indic_digits_and_letter_items_is_read()
    {
        var document = Read("""
            قرار مجلس الأمن رقم ٢٤٢ (١٩٦٧)

            إن مجلس الأمن،

            إذ يعرب عن قلقه المستمر إزاء الوضع الخطير،

            ١ - يؤكد أن إقامة سلام عادل ودائم تقتضي تطبيق المبدأين التاليين:
            أ - سحب القوات من الأراضي؛
            ب - إنهاء جميع حالات الحرب؛

            ٢ - يطلب إلى الأمين العام أن يقدم تقريرا إلى المجلس.
            """, "sc242.ar.txt");

        var resolution = Assert.Single(document.Resolutions);
        Assert.Equal(("S/RES/242 (1967)", Language.Ar), (resolution.Key, document.Language));
        Assert.Equal(["PP1", "1", "1(a)", "1(b)", "2"], Keys(resolution));
        Assert.Equal("سحب القوات من الأراضي؛", resolution.Paragraphs[1].SubItems[0].Text);
    }

    [Fact]
    public void Arab_league_decisions_take_the_number_printed_after_them_and_the_title_before_their_chapeau()
    {
        var document = Read("""
            جامعة الدول العربية
            مجلس الجامعة على مستوى القمة
            الدورة العادية (19)

            **تقرير الأمين العام عن العمل العربي المشترك**

            إن مجلس الجامعة على مستوى القمة،

            بعد اطلاعه على تقرير الأمين العام،
            وعلى توصية مجلس الجامعة على المستوى الوزاري،

            يقرر:

            1- توجيه الشكر إلى الأمين العام على تقريره.
            2- تكليف الأمانة العامة بمتابعة التنفيذ.

            ق.ق: 365 د.ع (19) - 2007/3/29

            **دعم الاقتصاد الفلسطيني**

            إن مجلس الجامعة على مستوى القمة،

            وإذ يؤكد ضرورة دعم الصمود،

            يقرر:

            يدعو الدول الأعضاء إلى الوفاء بالتزاماتها.

            ق.ق: 366 د.ع (19) - 2007/3/29
            """, "las.ar.txt");

        Assert.Equal(("LAS", 19), (document.Body, document.Session));
        Assert.Equal(["LAS/SUM/365 (19)", "LAS/SUM/366 (19)"], document.Resolutions.Select(r => r.Key));
        Assert.Equal("تقرير الأمين العام عن العمل العربي المشترك", document.Resolutions[0].Title);
        Assert.Equal(["PP1", "PP2", "1", "2"], Keys(document.Resolutions[0]));
        Assert.Equal(["PP1", "OP-final"], Keys(document.Resolutions[1]));
    }

    [Fact]
    public void Newspaper_copies_of_league_decisions_known_only_by_their_quoted_titles_are_numbered_in_order()
    {
        var document = Read("""
            الرئيسية | سياسة | اقتصاد | رياضة
            نص قرارات القمة العربية التاسعة عشرة
            شارك: فيسبوك | تويتر | واتساب

            «دعم الاقتصاد الفلسطيني»

            يقرر:
            1- دعوة الدول الأعضاء إلى الوفاء بالتزاماتها.

            «تطوير التعليم»

            يقرر:
            1- الطلب من الأمانة العامة إعداد خطة.
            التعليقات (3)
            """, "press.ar.txt");

        Assert.Equal(["LAS/SUM (19)/U1", "LAS/SUM (19)/U2"], document.Resolutions.Select(r => r.Key));
        Assert.Equal("تطوير التعليم", document.Resolutions[1].Title);
        Assert.Equal(["1"], Keys(document.Resolutions[1]));
    }

    [Theory]
    [InlineData("en", "RESOLUTION No. {0}/21153-INF", "ON", "Decides the following:", "{0}. Requests the Secretary-General to report on item {1};", "Recalling its report number {0};")]
    [InlineData("fr", "RÉSOLUTION N° {0}/21153-INF", "SUR", "Décide :", "{0}. Prie le Secrétaire général de faire rapport sur le point {1} ;", "Rappelant son rapport numéro {0},")]
    [InlineData("ar", "قرار رقم 21153/{0}-إع", "بشأن", "يقرر ما يلي:", "{0} - يطلب من الأمين العام تقديم تقرير عن البند {1}؛", "وإذ يشير إلى تقريره رقم {0}،")]
    public void A_session_with_five_digits_keeps_every_resolution_and_paragraph(string language, string heading, string concerning, string decides, string operative, string preambular)
    {
        // Two resolutions of 25 paragraphs each (5 preambular, 20 operative) in a session numbered 21153: a heading
        // read as ordinary text would merge them, and the second one's paragraph numbers would collide with the first's.
        var text = new System.Text.StringBuilder("---\nbody: OIC\nsession: 21153\nlanguage: " + language + "\n---\n\n");
        foreach (var number in new[] { 1, 2 })
        {
            text.Append(string.Format(heading, number)).Append('\n').Append(concerning).Append("\nTITLE ").Append(number).Append("\n\n");
            for (var i = 1; i <= 5; i++)
                text.Append(string.Format(preambular, i)).Append("\n\n");
            text.Append(decides).Append("\n\n");
            for (var i = 1; i <= 20; i++)
                text.Append(string.Format(operative, i, 100 * number + i)).Append("\n\n");
        }

        var document = Read(text.ToString(), $"long.{language}.txt");

        Assert.Equal(["21153/1", "21153/2"], document.Resolutions.Select(r => r.Key));
        Assert.All(document.Resolutions, r => Assert.Equal(25, r.Paragraphs.Count));
        Assert.Equal(50, document.Resolutions.Sum(r => r.Paragraphs.Count));
    }

    [Fact]
    public void An_older_oic_document_printing_number_before_session_is_keyed_by_the_session_it_states()
    {
        var document = Read("""
            القرارات الصادرة عن المؤتمر الإسلامي الخامس عشر لوزراء الخارجية

            قرار رقم 4/15-أف
            بشأن
            ميزانية الأمانة العامة

            إن المؤتمر الإسلامي الخامس عشر لوزراء الخارجية المنعقد في صنعاء،

            وإذ يلاحظ تراكم المتأخرات

            وأثرها على الأمانة العامة،

            يقرر ما يلي:

            1 -
            يعتمد الميزانية.
            2 -
            يناشد الدول الأعضاء تسديد مساهماتها.
            """, "icfm15.ar.txt");

        Assert.Equal(("OIC", 15), (document.Body, document.Session));
        var resolution = Assert.Single(document.Resolutions);
        Assert.Equal("15/4", resolution.Key);
        Assert.Equal(["PP1", "PP2", "1", "2"], Keys(resolution));
        Assert.Equal("وإذ يلاحظ تراكم المتأخرات وأثرها على الأمانة العامة،", resolution.Paragraphs[1].Text);
        Assert.Equal("يعتمد الميزانية.", resolution.Paragraphs[2].Text);
    }

    [Fact]
    public void A_numbered_list_inside_the_preamble_stays_part_of_its_paragraph()
    {
        var document = Read("""
            ق: 7360 - د.ع (127) - ج2

            إن مجلس الجامعة على المستوى الوزاري،

            وعلى توصية اللجنة المؤلفة من الدول التالية:
            1- المملكة الأردنية الهاشمية
            2- جمهورية تونس
            3- دولة قطر

            يقرر:

            1- إنشاء اللجنة العربية لمكافحة التصحر.
            """, "min.ar.txt");

        var resolution = Assert.Single(document.Resolutions);
        Assert.Equal("LAS/MIN/7360 (127)", resolution.Key);
        Assert.Equal(["PP1", "1"], Keys(resolution));
        Assert.EndsWith("3- دولة قطر", resolution.Paragraphs[0].Text);
    }

    [Fact]
    public void A_copy_with_no_heading_is_keyed_by_the_resolution_symbol_it_prints()
    {
        var document = Read("""
            A/RES/60/7

            The General Assembly,

            Recalling the Charter,

            1. Urges Member States to cooperate;
            2. Requests the Secretary-General to report.
            """, "headless.en.txt");

        var resolution = Assert.Single(document.Resolutions);
        Assert.Equal("A/RES/60/7", resolution.Key);
        Assert.Equal(["PP1", "1", "2"], Keys(resolution));
    }

    [Fact]
    public void Gaps_in_numbering_are_reported_with_their_line()
    {
        var result = DocumentParser.Parse("RESOLUTION No. 1/44-POL\nON\nX\n\nRecalling;\n\n1. Decides;\n\n2. Urges;\n\n6. Requests;\n", "gap.en.txt");

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(11, warning.Line);
        Assert.Contains("paragraph numbers 3–5 missing in 44/1", warning.Message);
    }

    [Fact]
    public void A_league_decision_printed_without_its_chapeau_keeps_its_own_number()
    {
        var document = Read("""
            مجلس الجامعة على مستوى القمة
            الدورة العادية (19)

            **دعم التعليم**

            إن مجلس الجامعة على مستوى القمة،

            بعد اطلاعه على مذكرة الأمانة العامة،

            يقرر:

            1- تكليف الأمانة العامة بإعداد خطة.

            ق.ق: 366 د.ع (19) - 2007/3/29

            **مكافحة التصحر**

            يقرر:

            1- دعوة الدول الأعضاء إلى حماية المراعي.

            ق.ق: 367 د.ع (19) - 2007/3/29

            **الوضع في الصومال**

            إن مجلس الجامعة على مستوى القمة،

            وإذ يؤكد وحدة الصومال،

            يقرر:

            1- دعم الحكومة الصومالية.

            ق.ق: 368 د.ع (19) - 2007/3/29
            """, "las3.ar.txt");

        Assert.Equal(["LAS/SUM/366 (19)", "LAS/SUM/367 (19)", "LAS/SUM/368 (19)"], document.Resolutions.Select(r => r.Key));
        Assert.Equal("مكافحة التصحر", document.Resolutions[1].Title);
        Assert.Equal("الوضع في الصومال", document.Resolutions[2].Title);
        Assert.StartsWith("دعم الحكومة", document.Resolutions[2].Paragraphs.Single(p => p.Key == "1").Text);
    }

    [Fact]
    public void Arabic_letter_items_and_the_roman_items_nested_under_them_keep_distinct_keys()
    {
        var document = Read("""
            A/RES/60/10

            إن الجمعية العامة،

            إذ تشير إلى قراراتها السابقة،

            1 - تقرر أن تنظر في المسائل التالية:
            (ا) مسألة المياه؛
            (ب) مسألة الطاقة؛
            (ج) مسألة النقل؛
            (د) مسألة الصحة؛
            (هـ) مسألة التعليم؛
            (و) مسألة السكن؛
            (ز) مسألة العمل؛
            (ح) المسائل المالية، ولا سيما:
            ’1‘ مسألة التمويل؛
            ’2‘ مسألة الديون؛
            (ط) مسألة البيئة؛
            (ي) مسألة الثقافة؛
            """, "ga.ar.txt");

        var one = document.Resolutions.Single().Paragraphs.Single(p => p.Key == "1");
        Assert.Equal(["1(a)", "1(b)", "1(c)", "1(d)", "1(e)", "1(f)", "1(g)", "1(h)", "1(h)(i)", "1(h)(ii)", "1(i)", "1(j)"], one.SubItems.Select(s => s.Key));
        Assert.Equal("مسألة البيئة؛", one.SubItems.Single(s => s.Key == "1(i)").Text);
        Assert.Equal("مسألة التمويل؛", one.SubItems.Single(s => s.Key == "1(h)(i)").Text);
    }

    [Fact]
    public void A_long_line_of_bars_or_arrows_is_read_without_delay()
    {
        var bars = string.Concat(Enumerable.Repeat("a | ", 40)) + "x;";
        var arrows = string.Concat(Enumerable.Repeat("a > ", 60)) + "x.";
        var result = DocumentParser.Parse($"RESOLUTION No. 1/44-POL\nON\nX\n\nRecalling {bars}\n\n1. Decides {arrows}\n", "bars.en.txt");

        Assert.Equal(["PP1", "1"], result.Document!.Resolutions.Single().Paragraphs.Select(p => p.Key));
    }
}
