using System.Text.RegularExpressions;

namespace ResBot.Knowledge.Parsing;

/// <summary>
/// Lines that are never paragraphs of a resolution: web-page furniture (navigation, breadcrumbs, "Source URL",
/// share buttons, footers), document furniture (distribution lines, agenda items, page numbers, "Resolution adopted
/// by the General Assembly on …", "[on the report of …]"), and the lines that close a resolution (the plenary
/// meeting, the vote, "Annex"). Pure and table-tested.
/// </summary>
public static partial class DocumentFurniture
{
    /// <summary>Wiki "[edit]" links and similar markers that a copy leaves inside real lines.</summary>
    public static string StripInlineMarkers(string line) =>
        line.Contains('[') ? InlineMarkers().Replace(line, "").Trim() : line;

    /// <summary>A line to drop wherever it appears.</summary>
    public static bool IsFurniture(string cleanLine) =>
        cleanLine.Length > 0 && (WebFurniture().IsMatch(cleanLine) || DocumentLines().IsMatch(cleanLine)
                                 || cleanLine.Length <= MaxMenuLength && (Breadcrumb().IsMatch(cleanLine) || MenuLine().IsMatch(cleanLine))
                                 || IsDateLine(cleanLine) || PlaceAndDate().IsMatch(cleanLine) || EditorialNote().IsMatch(cleanLine)
                                 || WebTail().IsMatch(cleanLine));

    /// <summary>Menus and breadcrumbs are short: a longer line with bars or arrows is a table row or a sentence.</summary>
    private const int MaxMenuLength = 300;

    /// <summary>"* * *", "-----", "{ } { } { }": a printed divider between resolutions.</summary>
    public static bool IsDivider(string cleanLine) => Divider().IsMatch(cleanLine);

    /// <summary>A line that only gives a date ("2007/3/29", "9 December 2003", "20 تموز/يوليو 2015").</summary>
    public static bool IsDateLine(string cleanLine) => DateOnly().IsMatch(cleanLine);

    /// <summary>
    /// A line after which the resolution's paragraphs are over: the plenary meeting, the meeting and vote record,
    /// an annex, footnotes. Only read as such once the resolution has operative paragraphs: before them, "Adopted by
    /// the Security Council at its 7488th meeting" introduces the text.
    /// </summary>
    public static bool ClosesResolution(string cleanLine) => Closing().IsMatch(cleanLine);

    /// <summary>"[The rest of the document is not available.]": an editor's note in brackets, never the resolution's text.</summary>
    [GeneratedRegex(@"^\[[^\[\]]{3,200}\]$")]
    private static partial Regex EditorialNote();

    /// <summary>"Share: Facebook | Twitter | WhatsApp", "سياسة | اقتصاد | رياضة": short items between bars.</summary>
    [GeneratedRegex(@"^(?:[^|.;؛]{0,25}[:：]\s*)?[^|.;؛,،]{1,25}(?:\s*\|\s*[^|.;؛,،]{1,25}){2,}$", RegexOptions.NonBacktracking)]
    private static partial Regex MenuLine();

    /// <summary>Page furniture a copy leaves at the end of a line: "… Back to top", "Page printed from …".</summary>
    [GeneratedRegex(@"(?:Back\s+to\s+top|Retour\s+en\s+haut|العودة\s+إلى\s+الأعلى)\s*[.↑]?$|^(?:Page\s+printed\s+from|Printed\s+from|Page\s+imprimée\s+depuis|طبعت\s+من)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WebTail();

    [GeneratedRegex(@"^(?:(?:\{\s*\}\s*){2,}|-?(?:o-){2,}o?-?|[{}\s]*(?:\}\s*\{\s*){2,}[{}\s]*|(?:[*•·]\s*){3,}|[-–—_=~]{4,}|[-–—_=~]{4,}\s.{0,80}\d{4}.{0,30})$")]
    private static partial Regex Divider();

    /// <summary>The place and date a resolution is signed at: "Jeddah, 21 Sha'ban 1435 H (19 June 2014)", "جدة، 21 شعبان 1435هـ الموافق 19 يونيو 2014م".</summary>
    [GeneratedRegex(@"^[\p{L}'’\- ]{2,30}(?:[,،:]|\s+في)\s*(?:في\s+|le\s+|on\s+)?\d{1,2}(?:er)?\s+[\p{L}'’ ]{3,20}\s+\d{4}\s*(?:هـ|ه|H|AH|م)?\s*(?:\(.{0,30}\)|(?:الموافق|corresponding\s+to|correspondant\s+au)\s+.{0,30})?\s*[.]?$")]
    private static partial Regex PlaceAndDate();

    [GeneratedRegex(@"\[\s*(?:edit|modifier(?:\s*\|\s*modifier le code)?|modifier le code|تعديل|تعديل المصدر|citation needed|réf\. nécessaire)\s*\]", RegexOptions.IgnoreCase)]
    private static partial Regex InlineMarkers();

    [GeneratedRegex(@"^(?:Source\s*(?:URL)?\s*:|Date\s+(?:downloaded|accessed|de\s+téléchargement)|Downloaded\s+(?:from|on)|Retrieved\s+(?:from|on)|Skip\s+to\s+(?:main\s+)?content|Jump\s+to\s+(?:navigation|search)|Aller\s+au\s+contenu|Back\s+to\s+top|Retour\s+en\s+haut|Share(?:\s+this)?\s*[:|]?$|Partager\s*[:|]?$|Print(?:\s+this\s+page)?$|Imprimer$|Email$|Facebook|Twitter|LinkedIn|WhatsApp|Tweet$|Menu$|Search$|Rechercher$|Home$|Accueil$|Log\s*in$|Sign\s+in$|Connexion$|Cookies?\b|We\s+use\s+cookies|Nous\s+utilisons\s+des\s+cookies|Accept(?:\s+all)?$|Accepter$|©|Copyright\b|All\s+rights\s+reserved|Tous\s+droits\s+réservés|جميع\s+الحقوق\s+محفوظة|حقوق\s+النشر|This\s+page\s+was\s+last\s+edited|Cette\s+page\s+a\s+été\s+modifiée|Categories?\s*:|Catégories?\s*:|Privacy\s+policy|(?:[^·|•]{1,30}\s[·•]\s){2,}[^·|•]{1,30}$|Terms\s+of\s+use|Politique\s+de\s+confidentialité|Mentions\s+légales|Related\s+(?:articles|documents|links)|Voir\s+aussi$|See\s+also$|Navigation\s+menu|Contents\s*\[hide\]|Sommaire$|الرئيسية$|القائمة$|بحث$|طباعة$|مشاركة$|شارك$|إرسال$|تحميل$|المصدر\s*:|تاريخ\s+(?:التحميل|النشر)\s*:|رابط\s+المصدر|اقرأ\s+أيضا|مواضيع\s+ذات\s+صلة|Télécharger$|Download(?:\s+PDF)?$|PDF$|Word$|\d+\s+(?:views|vues|مشاهدة)$|(?:Comments?|Commentaires?|التعليقات|تعليقات|تعليق)\s*(?:\(\d+\)|:)?$|(?:Add|Leave)\s+a\s+comment|Ajouter\s+un\s+commentaire|أضف\s+تعليق)", RegexOptions.IgnoreCase)]
    private static partial Regex WebFurniture();

    /// <summary>"Home › Documents › Resolutions", "الرئيسية > القرارات".</summary>
    [GeneratedRegex(@"^[^.;:،؛]{1,80}(?:\s[>›»/|]\s[^.;:،؛]{1,60}){2,}$", RegexOptions.NonBacktracking)]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"^(?:Resolution\s+adopted\s+by\s+the\s+(?:General\s+Assembly|Security\s+Council|Human\s+Rights\s+Council|Economic\s+and\s+Social\s+Council)\b.*|R[ée]solution\s+adopt[ée]e\s+par\s+(?:l'Assembl[ée]e|le\s+Conseil)\b.*|قرار\s+(?:اتخذته|اعتمدته)\s+(?:الجمعية\s+العامة|مجلس\s+الأمن)\b.*|\[(?:on\s+the\s+report|without\s+reference|sur\s+la\s+base\s+du\s+rapport|sans\s+renvoi|بناء\s+على\s+تقرير|دون\s+الإحالة)[^\]]*\]|Distr\.?\s*:?\s*(?:General|GENERAL|générale|GÉNÉRALE|Limited|Restricted)\b.*|عام$|Original\s*:\s*\w+|Original\s*:.*|الأصل\s*:.*|Agenda\s+item\s+\d+.*|Point\s+\d+\s+de\s+l'ordre\s+du\s+jour.*|البند\s+\d+\s+من\s+جدول\s+الأعمال.*|(?:United\s+Nations|Nations\s+Unies|الأمم\s+المتحدة)$|(?:General\s+Assembly|Security\s+Council|Assembl[ée]e\s+g[ée]n[ée]rale|Conseil\s+de\s+s[ée]curit[ée]|الجمعية\s+العامة|مجلس\s+الأمن)$|(?:[A-Z][a-z]+-)?[a-z]+(?:st|nd|rd|th)\s+session$|Page\s+\d+(?:\s+(?:of|sur|de)\s+\d+)?|\d{1,4}$|[-–]\s*\d{1,4}\s*[-–]$|GE\.\d{2}-\d+.*|\d{2}-\d{5}(?:\s*\([A-Z]\))?.*|\*\d{7}\*|Please\s+recycle.*|Adopted\s+by\s+the\s+Security\s+Council\s+at\s+its\s+\d+\w*\s+meeting.*|Adoptée\s+par\s+le\s+Conseil\s+de\s+sécurité\s+à\s+sa\s+\d+\w*\s+séance.*|اتخذه\s+مجلس\s+الأمن\s+في\s+جلسته.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentLines();

    [GeneratedRegex(@"^(?:(?:on|le|du|في|الموافق)\s+)?(?:\d{4}\s*/\s*\d{1,2}\s*/\s*\d{1,2}|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}(?:er)?\s+[\p{L}/ ]{3,25}\s+\d{4}\s*(?:م|هـ|H|AH)?)\s*[.,،]?$")]
    private static partial Regex DateOnly();

    [GeneratedRegex(@"^(?:\d+(?:st|nd|rd|th)\s+plenary\s+meeting|\d+(?:e|re|ème)\s+s[ée]ance\s+pl[ée]ni[èe]re|الجلسة\s+العامة\s+\d+|الجلسة\s+العامة\s+[\p{L} ]+|Adopted\s+(?:by\s+\d+|unanimously|without\s+a\s+vote|by\s+consensus|by\s+a\s+recorded\s+vote|at\s+the\s+\d+\w*\s+meeting)|Adoptée?\s+(?:par\s+\d+|à\s+l'unanimité|sans\s+vote|par\s+consensus|à\s+la\s+\d+\w*\s+séance)|(?:اعتمد|اعتُمد|اتخذ|اتُّخذ|اتُخذ)(?:ه)?\s+(?:.{0,60}\s)?(?:بأغلبية|بالإجماع|دون\s+تصويت|بتوافق)|(?:In\s+favour|Against|Abstaining|Pour|Contre|Abstentions?|المؤيدون|المعارضون|الممتنعون)\s*:|ANNEX(?:E)?(?:\s+[IVX\d]+)?$|Annex(?:e)?(?:\s+[IVX\d]+)?$|(?:ال)?مرفق(?:\s+\S+)?$|Footnotes$|Notes$|Notes\s+de\s+bas\s+de\s+page$|الحواشي$|References$|Références$|المراجع$)", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();
}
