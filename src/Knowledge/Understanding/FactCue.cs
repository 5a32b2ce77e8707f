using ResBot.Knowledge.Parsing;
using System.Text.RegularExpressions;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// Which fact a one-fact question wants, from its question words in the three languages, and whether a clause
/// holds a fact of that kind (a date, a number, a list of countries). Pure.
/// </summary>
public static partial class FactCue
{
    public static FactKind Read(string question)
    {
        // "ومتى", "وأين", "فكم": Arabic writes "and"/"so" joined to the question word.
        question = ArabicConjunction.Replace(question, "");
        if (SessionNameAsked.IsMatch(question))
            return FactKind.SessionName;
        if (When.IsMatch(question))
            return FactKind.When;
        if (HowMuch.IsMatch(question))
            return FactKind.HowMuch;
        // "How many resolutions did the session adopt?" is no count of what one clause cites.
        if (HowManyResolutions.IsMatch(question) && CitingVerb.IsMatch(question))
            return FactKind.HowManyResolutions;
        if (HowMany.IsMatch(question))
            return FactKind.HowMany;
        // "Where is OIC-CERT mentioned?" asks for clauses, not a place.
        if (Where.IsMatch(question) && !MentionCue.IsAsked(question) && !WhereInTheText.IsMatch(question))
            return FactKind.Where;
        if (WhichCountries.IsMatch(question))
            return FactKind.WhichCountries;
        if (WhichResolution.IsMatch(question))
            return FactKind.WhichResolution;
        if (NameAsked.IsMatch(question))
            return FactKind.Name;
        if (WhoIsAsked.IsMatch(question))
            return FactKind.WhoIsAsked;
        if (ChairAsked.IsMatch(question))
            return FactKind.Chair;
        return Who.IsMatch(question) ? FactKind.Who : FactKind.None;
    }

    /// <summary>
    /// Whether a place question asks where a meeting was held or a text adopted ("where did COMIAC meet?", « où s'est tenue
    /// la session ? », "أين انعقدت الدورة؟", "where was 34/1 adopted?"), not where something is ("where is the COMIAC
    /// secretariat?").
    /// </summary>
    public static bool AsksVenue(string question) => Venue.IsMatch(question);

    /// <summary>Whether a date question asks the Hijri date: "the Hijri dates", "hegira", « calendrier hégirien », "التاريخ الهجري".</summary>
    public static bool AsksHijri(string question) => Hijri.IsMatch(question);

    private static readonly Regex Hijri = SpellingVariants.Regex(@"(?<!\p{L})(?:hijri|hijra|hegira|h[ée]gire|h[ée]girien(?:ne)?|islamic\s+calendar|calendrier\s+musulman|(?:ال)?هجري(?:ة)?)(?!\p{L})", RegexOptions.IgnoreCase);

    /// <summary>Whether the place at <paramref name="placeStart"/> is where a meeting was held or a text adopted: "held in Islamabad", « tenue à Dakar », "المنعقدة في داكار".</summary>
    public static bool IsVenue(string text, int placeStart) => VenueBefore.IsMatch(text.AsSpan(Math.Max(0, placeStart - 40), Math.Min(40, placeStart)));

    private static readonly Regex Venue = SpellingVariants.Regex(@"(?<!\p{L})(?:meet|meets|met|meeting|held|hold|holds|convened?|sessions?|conference|summit|took\s+place|take\s+place|venue|adopt\p{L}*|issued|signed|adopté\p{L}*|déroulé\p{L}*|signé\p{L}*|جرت|جرى|أقيم\p{L}*|صدر\p{L}*|اعتمد\p{L}*|اعتُمد\p{L}*|وقع|وقعت|se\s+tien\p{L}*|tenue?s?|réuni\p{L}*|eu\s+lieu|sommet|conférence|réunion|عقد\p{L}*|انعقد\p{L}*|تنعقد|ينعقد|اجتمع\p{L}*|الدورة|دورة|مؤتمر|القمة|قمة|اجتماع)(?!\p{L})", RegexOptions.IgnoreCase);

    private static readonly Regex VenueBefore = SpellingVariants.Regex(@"(?:held|convened|adopted|meeting|met|took\s+place)\s+(?:in|at)\s+(?:the\s+city\s+of\s+)?$|(?:tenue?s?|réunie?s?|adoptée?s?|organisée?s?)\s+(?:à|au|en)\s+$|(?:المنعقدة|المنعقد|عقدت|انعقدت|الصادر|الصادرة|المعتمد|المعتمدة)\s+(?:في\s+)?$", RegexOptions.IgnoreCase);

    /// <summary>Whether a clause's text holds the kind of fact asked: a date for "when", a number for "how many", several names for "which countries".</summary>
    public static bool Holds(FactKind fact, string text) => fact switch
    {
        FactKind.When => DateInText.IsMatch(text),
        FactKind.HowMany => NumberInText.IsMatch(text),
        FactKind.HowManyResolutions => CitedResolution().IsMatch(text),
        FactKind.HowMuch => SumInText.IsMatch(text),
        FactKind.WhichCountries => ListInText.IsMatch(text),
        FactKind.Name => PersonInText.IsMatch(text),
        FactKind.SessionName => SessionNameInText.IsMatch(text),
        FactKind.Chair => ChairInText.IsMatch(text),
        // A place is held only as a name the glossary knows, which FactLocator picks out.
        FactKind.Where => false,
        _ => true,
    };

    private static readonly Regex ArabicConjunction = SpellingVariants.Regex(@"(?<!\p{L})[وف](?=(?:متى|أين|اين|كم|من|ما|ماذا|أي|اي|في|مين|شو)(?!\p{L}))");

    /// <summary>
    /// A date asked: "when", "what date", "the dates of", "which month", « quand », « à quelles dates », « quel jour »,
    /// "متى", "ما تاريخ", "ايمتى", and the short forms chat uses ("date of oic day?", "تاريخ انعقاد …").
    /// </summary>
    private static readonly Regex When = SpellingVariants.Regex(@"(?<!\p{L})(?:when|wen|what\s+date|which\s+date|(?:what|whats|what['’]s|what\s+is|what\s+was|what\s+are|what\s+were)\s+the\s+(?:(?:hijri|hegira|gregorian|exact|precise|official|opening|closing)\s+)?dates?|the\s+(?:(?:hijri|hegira|gregorian|exact|precise|official|opening|closing)\s+)?dates?\s+(?:of|for|on\s+which)|on\s+what\s+day|what\s+day|(?:in\s+)?(?:what|which)\s+year|quand|qd|kan|quelles?\s+(?:(?:est|sont|était|étaient)\s+(?:la|les)\s+)?dates?|à\s+quelles?\s+dates?|la\s+date|les\s+dates|(?:en\s+)?quelle\s+année|متى|امتى|إمتى|أي\s+تاريخ|اي\s+تاريخ|ما\s+تاريخ|ما\s+هو\s+تاريخ|(?:ما|ما\s+هي|في\s+أي|في\s+اي)\s+(?:ال)?تواريخ|(?:في\s+)?(?:أي|اي)\s+(?:عام|سنة))(?!\p{L})|^\W*dates?\s+(?:of|for|d[eu]|des)(?!\p{L})|\bdates?\s*\?\s*$|(?<!\p{L})(?:(?:what|which)\s+(?:(?:hijri|gregorian)\s+)?(?:dates|month|day)|(?:what|which)\s+(?:hijri|gregorian)\s+year|quel\s+(?:jour|mois)|en\s+quelle\s+annee|(?:أي|اي)\s+(?:شهر|يوم)|(?:شو|ايش|إيش|ما\s+هو|ما)\s+(?:ال)?تاريخ|ايمتى|إيمتى|وقتاش|امتا|إمتا)(?!\p{L})|^\W*تاريخ", RegexOptions.IgnoreCase);

    /// <summary>Resolutions counted: "how many (of its) resolutions", "the number of resolutions", « combien de résolutions », "كم عدد القرارات", "كم قراراً".</summary>
    private static readonly Regex HowManyResolutions = SpellingVariants.Regex(@"(?<!\p{L})(?:how\s+many\s+(?:\p{L}+\s+){0,2}?resolutions|(?:the\s+)?number\s+of\s+(?:\p{L}+\s+)?resolutions|combien\s+de\s+(?:\p{L}+\s+)?r[ée]solutions|le\s+nombre\s+de\s+r[ée]solutions|(?:ما\s+|كم\s+)?عدد\s+(?:ال)?قرارات|كم\s+قرار(?:ا|اً)?)(?!\p{L})", RegexOptions.IgnoreCase);

    /// <summary>A verb of citing earlier texts: "recall", "cite", "guided by", "based on", « rappelle », « s'inspire », "يذكّر", "يستند".</summary>
    private static readonly Regex CitingVerb = SpellingVariants.Regex(@"(?<!\p{L})(?:recall\p{L}*|cite[sd]?|citing|refer\p{L}*|mention\p{L}*|guided|inspired|based|builds?\s+on|draws?\s+on|approv\p{L}*|endors\p{L}*|rappel\p{L}*|cit\p{L}*|inspir\p{L}*|fond\p{L}*|approuv\p{L}*|يذكر|يذكّر|يستذكر|يشير|يستند|يسترشد|ينطلق|يوافق|يذكر\p{L}*)(?!\p{L})", RegexOptions.IgnoreCase);

    /// <summary>A resolution cited by its number: "8/2-INF", "33/1 - إع", "37/1".</summary>
    [GeneratedRegex(@"(?<![\d/])\d{1,4}/\d{1,4}(?:\s*[-–]\s*(?:INF|إع|[A-Z]{1,5})(?![\p{L}]))?(?![\d/])")]
    private static partial Regex CitedResolution();

    /// <summary>The resolutions a text cites by number, in order.</summary>
    public static MatchCollection CitedResolutions(string text) => CitedResolution().Matches(text);

    private static readonly Regex HowMany = SpellingVariants.Regex(@"(?<!\p{L})(?:how\s+many|how\s+much|how\s+mnay|(?:the\s+)?(?:total\s+)?number\s+of|combien|cbien|quel\s+est\s+le\s+nombre|le\s+nombre\s+d|(?:ما|كم)\s+عدد|كم|قديش|كام)(?!\p{L})|^\W*عدد(?!\p{L})", RegexOptions.IgnoreCase);

    /// <summary>A sum of money asked: "how much money / did it cost", "what is the budget / cost / amount of", "what budget", "the budget allocated", « combien coûte / a coûté », « quel est le budget / montant », « quel budget », "كم تكلفة / ميزانية / مبلغ", "الميزانية المخصصة".</summary>
    private static readonly Regex HowMuch = SpellingVariants.Regex(@"(?<!\p{L})(?:(?:what|which)\s+budget\s+(?:was|is|were|has|had|did|does|will)(?!\p{L})|budget\s+(?:was\s+|were\s+|is\s+)?(?:allocated|approved|set|earmarked)|quel(?:le)?s?\s+(?:budget|montant|somme|crédits?)|budget\s+(?:a\s+été\s+|est\s+|sera\s+)?(?:alloué|approuvé|prévu|voté)|(?:أي|اي)\s+ميزانية|الميزانية\s+(?:المخصصة|المعتمدة|المرصودة)|how\s+much\s+(?:money|funding|(?:\S+\s+){0,6}?(?:cost|costs|paid|spent|allocated|contributed))|(?:what|which)\s+(?:is|was|are|were)\s+the\s+(?:\p{L}+\s+)?(?:budget|cost|costs|amount|sum)\b|combien\s+(?:co[ûu]te|a\s+co[ûu]t[ée]|d['’]argent|(?!de\s|d['’])(?:\S+\s+){0,6}?(?:versé|payé|contribué|dépensé|alloué|donné|accordé|coûté))|quel(?:le)?\s+(?:est|était|a\s+été)\s+(?:le\s+(?:\p{L}+\s+)?budget|le\s+co[ûu]t|le\s+montant|la\s+somme)|(?:كم|ما)\s+(?:هي\s+|هو\s+|بلغت\s+|بلغ\s+|تبلغ\s+|يبلغ\s+)?(?:ال)?(?:تكلفة|كلفة|ميزانية|مبلغ|المبلغ))(?!\p{L})", RegexOptions.IgnoreCase);

    /// <summary>A sum of money written out: "US$ 5 million", "100,000 dollars", « 2 millions d'euros », "مليون دولار".</summary>
    private static readonly Regex SumInText = SpellingVariants.Regex(@"(?:US\s*)?\$\s*\d(?:[\d,.]*\d)?(?:\s+(?:million|billion))?|\d[\d,.\u00a0\u202f ]*\s*(?:(?:million|billion|milliards?|millions?)\s+(?:d['’]|of\s+)?)?(?:US\s+)?(?:dollars?|USD|euros?|EUR|€|francs?|riyals?|dirhams?)|(?:دولار|يورو|ريال|درهم)", RegexOptions.IgnoreCase);

    /// <summary>
    /// A person asked by name: "who was elected / appointed", "who presided over the opening", "his name", "the name of
    /// the Secretary-General", « qui a été élu », « qui a présidé », « son nom », "من انتخب", "من ترأس", "اسمه".
    /// "Who chairs COMIAC?" is not one: a role answers it ("the President of Senegal").
    /// </summary>
    private static readonly Regex NameAsked = SpellingVariants.Regex(@"(?<!\p{L})(?:who\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:elected|re-?elected|appointed|chosen|named)|who\s+(?:presided|chaired)\s+(?:over\s+)?the\s+(?:opening|closing|session|meeting|sitting)|(?:his|her)\s+(?:full\s+)?name|who\s+(?:is|was)\s+(?:the\s+)?(?:oic\s+|organisation['’]s\s+)?(?:secretary-general|secretary\s+general)(?!\s+(?:asked|requested|supposed|meant|expected|required|called|urged|invited|to)(?!\p{L}))|qui\s+(?:est|était|fut)\s+le\s+secrétaire\s+général|من\s+(?:هو|كان)\s+الأمين\s+العام|(?:the\s+)?name\s+of\s+the\s+(?:secretary-general|chairman|chairperson|chair|president|minister|director|head)|qui\s+a\s+été\s+(?:réélue?|élue?|nommée?|désignée?)|qui\s+(?:a\s+présidé|présidait)|son\s+nom|(?:le\s+)?nom\s+du\s+(?:secrétaire\s+général|président|ministre|directeur)|comment\s+s['’]appel(?:le|ait|lent|aient)\s+(?:le|la|les)\s+(?:secrétaire|président|présidente|ministre|directeur|directrice|chef)|من\s+(?:انتخب|انتُخب|أنتخب|عين|عُيّن|ترأس|افتتح)|اسمه|اسمها|ما\s+اسم\s+(?:الأمين|رئيس|الرئيس|وزير|المدير))(?!\p{L})", RegexOptions.IgnoreCase);

    /// <summary>
    /// A person named with an honorific or title: "H.E. Mr. …", "His Excellency President Abdoulaye …", "Dr. …",
    /// « Son Excellence le Président … », « M. … », "فخامة الرئيس …", "معالي السيد …". "His Excellency the President of
    /// Senegal" and "السيد الأمين العام" name a role, not a person.
    /// </summary>
    private static readonly Regex PersonInText = SpellingVariants.Regex(@"(?-i:(?:(?:H\.\s?E\.|(?:His|Her)\s+(?:Excellency|Majesty|Royal\s+Highness|Highness))\s+(?:(?:Mr\.?|Mrs\.?|Dr\.?|Professor|Sheikh|King|Prince|President)\s+)?|(?<!\p{L})(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+|(?<!\p{L})(?:Professor|Sheikh|Ambassador|President|King|Prince)\s+|(?:S\.\s?E\.|Son\s+Excellence|Sa\s+Majesté|Son\s+Altesse)\s+(?:(?:le|la)\s+)?(?:(?:Président|Présidente|Roi|Prince|Cheikh|M\.|Mme)\s+)?|(?<!\p{L})(?:M\.|Mme|Mlle|Professeur|Cheikh|Ambassadeur)\s+)\p{Lu}\p{Ll}+(?:[\s\-]+\p{Lu}\p{Ll}+){0,3})|(?<!\p{L})(?:معالي|فخامة|سعادة|سمو|جلالة|السيد|السيدة|الدكتور|الدكتورة|الشيخ|الأستاذ)\s+(?:(?:الرئيس|الملك|الشيخ|الأمير|السيد|الدكتور)\s+)?(?!ال|وزير|رئيس|ممثل|مندوب)\p{L}{2,}(?:\s+(?!رئيس|في|من|على|إلى|عن)\p{L}{2,}){0,2}");

    /// <summary>
    /// The name of a session asked: "the name given to / of the 35th session", "what was the Kampala session called",
    /// "the session's name", « le nom de la session », « comment s'appelait la session », « quel nom portait … »,
    /// "ما اسم الدورة", "الاسم الذي حملته الدورة", "بماذا سميت الدورة". Not "called upon".
    /// </summary>
    private static readonly Regex SessionNameAsked = SpellingVariants.Regex(
        @"(?<!\p{L})(?:(?:name|title|theme)\s+(?:was\s+|is\s+)?(?:given\s+to|of)\s+(?:\S+\s+){0,6}?(?:session|summit|CFM)|(?:session|summit|CFM)(?:['’]s)?\s+(?:\S+\s+){0,8}?(?:called|named|known\s+as|titled|entitled|name|title)(?!\s+(?:on|upon)(?!\p{L}))"
        + @"|(?:nom|titre|intitulé|appellation)\s+(?:donné\s+à|porté\s+par|de)\s+(?:\S+\s+){0,6}?(?:session|sommet|CMAE)|(?:comment\s+s['’]appel\p{L}*|quel\s+nom\s+(?:porte|portait|a\s+porté|avait|a\s+reçu)|quel\s+(?:était|est)\s+le\s+nom)\s+(?:\S+\s+){0,8}?(?:session|sommet|CMAE)|(?:session|sommet|CMAE)\s+(?:\S+\s+){0,8}?(?:s['’]appel\p{L}*|intitulée?|baptisée?|portait\s+(?:quel\s+)?(?:le\s+)?nom)"
        + @"|(?:اسم|الاسم|تسمية|التسمية|عنوان|شعار)\s+(?:\S+\s+){0,4}?(?:ال)?(?:دورة|قمة)|(?:ال)?(?:دورة|قمة)\s+(?:\S+\s+){0,8}?(?:اسم|الاسم|تسمية|سميت|تسمى|عنوان|شعار)(?!\p{L})|(?:ال)?اسم\s+(?:الذي|اللي)\s+(?:حملته|حملت|أطلق|سميت))",
        RegexOptions.IgnoreCase);

    /// <summary>
    /// A session's name in brackets after its number: "(Session of Peace, Cooperation and Development)", « (Session de
    /// la Oumma islamique au XXIe siècle) », "(دورة: السلام والتعاون والتطور)"; the group "name" is the name.
    /// </summary>
    private static readonly Regex SessionNameInText = SpellingVariants.Regex(
        @"\(\s*(?<name>(?:(?:the\s+)?Session|Summit|Sommet|(?:ال)?دورة|(?:ال)?قمة)(?:\s*:)?\s+[^()]{3,100}?)\s*\)", RegexOptions.IgnoreCase);

    /// <summary>Where <see cref="SessionNameInText"/> finds a session's name in <paramref name="text"/>, if it does.</summary>
    public static Group SessionNameIn(string text) => SessionNameInText.Match(text).Groups["name"];

    /// <summary>Where <see cref="PersonInText"/> finds a person named in <paramref name="text"/>, if it does.</summary>
    public static Match Person(string text) => PersonInText.Match(text);

    /// <summary>Where <see cref="SumInText"/> finds a sum in <paramref name="text"/>, if it does.</summary>
    public static Match Sum(string text) => SumInText.Match(text);

    /// <summary>
    /// "Where was … held?", "in which city …", « où se trouve … », « dans quelle ville … », "أين …", "في أي مدينة …".
    /// "Where" and « où » ask a place only opening the question or with a verb of meeting or seat: "the part where they
    /// talk about …", "where does the Council appeal to …", « où en est … » ask none.
    /// </summary>
    private static readonly Regex Where = SpellingVariants.Regex(@"^\W*(?:where\s+(?:is|was|are|were|will)|d['’]o[uù]|o[uù](?!\s+en\s))(?!\p{L})|(?<!\p{L})(?:where\s+(?:is|was|are|were|did|does|do|will)\s+(?:\S+\s+){0,6}?(?:meet|met|held|hold|convened?|based|located|headquartered|set\s+up|established)|(?:in\s+)?(?:what|which)\s+(?:city|town|capital|venue|country|place|location)|^\W*where['’]s|(?:what\s+(?:was|is)\s+)?the\s+(?:venue|location)\s+of|o[uù]\s*\?\s*$|c['’]est\s+o[uù]|(?:dans\s+|en\s+)?quel\s+(?:pays|lieu)|quel\s+est\s+le\s+lieu|(?:في\s+)?(?:أي|اي)\s+(?:بلد|مكان)|ما\s+(?:هو\s+)?مقر|o[uù]\s+(?:se\s+trouve|se\s+trouvent|s['’]est|se\s+sont|se\s+tiendra|a\s+eu\s+lieu|ont\s+eu\s+lieu|si[eè]ge|est|sont|était|étaient)|(?:dans\s+|en\s+)?quelle\s+(?:ville|capitale)|en\s+quel\s+lieu|أين|اين|وين|فين|(?:في\s+)?(?:أي|اي|أية|اية)\s+(?:مدينة|عاصمة)|ما\s+(?:هي\s+)?(?:المدينة|العاصمة)|ما\s+(?:هو\s+)?مكان)(?!\p{L})", RegexOptions.IgnoreCase);

    /// <summary>
    /// "Where" asking for the place in the text, not a place in the world: « où est-il question de … », « où le Conseil
    /// salue-t-il … », "أين يعبّر المجلس عن …", "أين يتحدث القرار عن …": a verb of saying, or a resolution's own verb
    /// (praising, asking, recalling), follows it.
    /// </summary>
    private static readonly Regex WhereInTheText = SpellingVariants.Regex(@"(?<!\p{L})(?:where|o[uù]|أين|اين|وين|فين)\s+(?:\S+\s+){0,3}?(?:" + SayingEnglish + "|" + SayingFrench + "|" + SayingArabic + @")(?!\p{L})", RegexOptions.IgnoreCase);

    private const string SayingEnglish = @"(?:is|was)\s+it\s+(?:said|stated|mentioned|written)|says?|said|speaks?|talks?|mentions?|express(?:es)?|discuss(?:es)?|refers?|deals?\s+with|acknowledges?";

    /// <summary>French verbs of saying and of resolutions, as a question inverts them: « salue-t-il », « parle-t-on », « évoquent ».</summary>
    private const string SayingFrench = @"(?:est-il|il\s+est|est-ce\s+qu['’]il\s+est)\s+question|fait(?:-il)?\s+(?:état|mention|référence)|(?:parle|évoque|mentionne|dit|exprime|traite|aborde|salue|félicite|remercie|demande|prie|exhorte|engage|invite|encourage|appelle|rappelle|note|souligne|décide|approuve|reconna[iî]t|affirme|insiste|condamne|recommande|lance)(?:-t-(?:il|elle|on|ils|elles)|-(?:il|elle|on|ils|elles)|nt)?";

    /// <summary>Arabic verbs of saying and of resolutions, present (يشيد، يتحدث) or past (أشاد، ورد).</summary>
    private const string SayingArabic = @"(?:ي|ت)(?:عبر|عبّر|تحدث|تكلم|ذكر|شير|قول|نص|تناول|حكي|شيد|ثني|رحب|شكر|طلب|دعو|حث|شجع|ناشد|ستذكر|حيط|نوه|قرر|عرب|ؤكد|شدد|عترف)|ورد|يرد|جاء|تحدث|قال|أشاد|رحب|دعا|حث|طلب|شجع|أعرب|أكد|قرر|نص";

    /// <summary>
    /// Countries asked for by name: "which (OIC member) states", "what countries", "list the countries", "what are the
    /// countries", « quels (sont les) pays / États / membres », « liste des pays », « c qui les pays », "ما هي الدول", "أسماء الدول",
    /// "اذكر الدول". Not « les pays » anywhere: « que demande-t-on aux pays ? » asks what, not which.
    /// </summary>
    private static readonly Regex WhichCountries = SpellingVariants.Regex(@"(?<!\p{L})(?:which\s+(?:\p{L}+\s+){0,2}(?:countries|contries|countrys|states|nations)|what\s+(?:(?!(?:are|is|do|does|did|were|was|should|must|can|will|would)(?!\p{L}))\p{L}+\s+)?(?:countries|contries|countrys|states|nations)|what\s+are\s+the\s+(?:\p{L}+\s+)?(?:countries|nations)|(?:list|name)\s+(?:all\s+)?the\s+(?:\p{L}+\s+)?(?:countries|states|members)|^\W*countries|quel(?:le)?s\s+(?:sont\s+les\s+)?(?:\p{L}+\s+)?(?:pays|nations|États|membres)|liste\s+des\s+(?:pays|États)|(?:qui|quoi)\s+(?:sont\s+)?les\s+(?:pays|États|membres|nations)|(?:ما|ماهي|ما\s+هي|من\s+هي|أي|شو|إيش|ايش|مين)\s*(?:ال)?دول|أسماء\s+الدول|اذكر\s+الدول|الدول\s+(?:اللي|التي)\s+(?:ب|في)?لجنة)(?!\p{L})", RegexOptions.IgnoreCase);

    private static readonly Regex Who = SpellingVariants.Regex(@"^(?:who|qui)\b|(?<!\p{L})(?:who\s+(?:is|are|was|chairs|heads|leads|must|should|has|will)|qui\s+(?:est|doit|préside|dirige|a)|من\s+(?:هو|هي|الذي|المكلف|يرأس)|مين)(?!\p{L})", RegexOptions.IgnoreCase);

    /// <summary>"Who chairs / heads / leads …?", "who is the (current) chairman of …", « qui préside / dirige … », « qui est à la tête de … », "من يرأس …", "من رئيس …".</summary>
    private static readonly Regex ChairAsked = SpellingVariants.Regex(@"(?<!\p{L})(?:who\s+(?:currently\s+|now\s+)?(?:chairs|heads|leads|presides|directs|runs)|who(?:\s+is|\s+was|['’]s)\s+(?:the\s+)?(?:current\s+|present\s+)?(?:chair|chairman|chairperson|chairwoman|head|president|director|leader)\s+of|qui\s+(?:préside|dirige|présidait|dirigeait|est\s+(?:le|la|l['’])\s*(?:actuel(?:le)?\s+)?(?:président|présidente|directeur|directrice|chef|responsable)|est\s+à\s+la\s+tête)|من\s+(?:هو\s+)?(?:يرأس|يترأس|يقود|يدير|رئيس)|مين\s+(?:يرأس|رئيس|بيرأس))(?!\p{L})", RegexOptions.IgnoreCase);

    /// <summary>A chair or head named in a clause: "Chairman of the Committee", "President of", « Président du Comité », "ورئيس اللجنة", "برئاسة" (not "الرئيسية", main).</summary>
    private static readonly Regex ChairInText = SpellingVariants.Regex(@"(?<!\p{L})(?:chair|chairman|chairperson|chairwoman|chairmanship|president|presidency|head\s+of|présid\p{L}*|dirig\p{L}*|[وبل]?(?:ال)?(?:رئيس|رئيسة|رئاسة)|يرأس|ترأس|يترأس)(?!\p{L})", RegexOptions.IgnoreCase);

    /// <summary>The words naming a chair or head in <paramref name="text"/>, when it holds any.</summary>
    public static Match Chair(string text) => ChairInText.Match(text);

    /// <summary>"Who must report …?", "qui doit présenter …", "من المكلف برفع …": a duty, so whom a clause asks to act.</summary>
    private static readonly Regex WhoIsAsked = SpellingVariants.Regex(@"(?<!\p{L})(?:who\s+(?:must|should|has\s+to|is\s+to|are\s+to)|who(?:\s+is|['’]?s)\s+(?:asked|requested|supposed|meant|expected|responsible|tasked|charged|called\s+upon|urged|invited|encouraged|mandated|in\s+charge)|who\s+(?:are|were|was|gets?)\s+(?:asked|requested|supposed|meant|expected|called\s+upon|urged|invited|encouraged|tasked)|who\s+needs?\s+to|(?:which|what)\s+(?:body|organ|bodies|organs|entity)\s+(?:is|are|was|were)\s+(?:asked|requested|called\s+upon|urged|tasked)|qui\s+(?:doit|doivent|est\s+(?:chargé|prié|invité|appelé|censé|tenu|exhorté|encouragé|sollicité)|sont\s+(?:chargés|priés|invités|appelés|censés|exhortés|encouragés|sollicités)|a\s+été\s+(?:chargé|prié|invité))|من\s+(?:المكلف|المطالب|المطلوب\s+منه|يجب\s+عليه|عليه\s+أن|يتعين\s+عليه|الذي\s+يطلب\s+منه)|(?:ما|من)\s+(?:هي\s+)?(?:الجهة|الجهات)\s+(?:المكلفة|المطالبة|المعنية|المطلوب\s+منها|المدعوة)|مين\s+(?:لازم|المكلف|المطلوب))(?!\p{L})", RegexOptions.IgnoreCase);

    private static readonly Regex WhichResolution = SpellingVariants.Regex(@"(?<!\p{L})(?:which\s+resolution|quelle\s+résolution|أي\s+قرار|ما\s+القرار\s+الذي)(?!\p{L})", RegexOptions.IgnoreCase);

    private static readonly Regex DateInText = SpellingVariants.Regex(@"\b(?:19|20|14)\d\d\b|(?<!\d)\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|محرم|صفر|رجب|شعبان|رمضان|شوال)", RegexOptions.IgnoreCase);

    private static readonly Regex NumberInText = SpellingVariants.Regex(@"\d|(?<!\p{L})(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|deux|trois|quatre|cinq|sept|huit|neuf|dix|cent|mille|اثن|ثلاث|أربع|خمس|ست|سبع|ثماني|تسع|عشر|مئة|مائة|ألف)", RegexOptions.IgnoreCase);

    /// <summary>Three or more short names in a row, in brackets or after "composed of": "(Saudi Arabia, Senegal, Malaysia …)".</summary>
    private static readonly Regex ListInText = SpellingVariants.Regex(@"\(\s*(?:[^(),،;]{2,50}[,،]\s*){2,}[^(),،;]{2,90}\)|(?:composed\s+of|comprising|namely|composée?\s+d[eu]|à\s+savoir|تضم|المؤلفة\s+من|تتألف\s+من|وهي)\s*:?\s*(?:[^,،;]{2,50}[,،]\s*){2,}", RegexOptions.IgnoreCase);
}
