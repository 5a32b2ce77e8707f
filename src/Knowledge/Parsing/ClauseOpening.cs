using System.Text.RegularExpressions;

namespace ResBot.Knowledge.Parsing;

/// <summary>How a paragraph opens, read from the language itself.</summary>
public enum OpeningKind
{
    /// <summary>Nothing tells: a continuation, a list item, a name.</summary>
    Unknown,

    /// <summary>A participle or circumstantial opening: "Recalling", "Deeply concerned", "Rappelant", "إذ تشير", "وبعد اطلاعه".</summary>
    Preambular,

    /// <summary>A verb in the present tense or, in Arab League decisions, a verbal noun: "Decides", "Prie", "يطلب", "توجيه الشكر".</summary>
    Operative,
}

/// <summary>
/// Tells preambular from operative paragraphs by their first words, the way the drafters write them: preambles
/// open with participles and circumstantial clauses, operative paragraphs with a present-tense verb. Numbers alone
/// cannot tell them apart: web copies lose numbers, older resolutions never had them, and preambles contain lists.
/// Pure and table-tested.
/// </summary>
public static partial class ClauseOpening
{
    public static OpeningKind Classify(string text)
    {
        var opening = LeadingLabel().Replace(text.TrimStart(), "");
        if (opening.Length == 0)
            return OpeningKind.Unknown;
        // "Deeply concerned", "Also requests": the word after a leading adverb is read as if it opened the clause.
        // Case matters: a line that opens in lower case continues a paragraph, it does not start one.
        if (LeadingAdverb().Match(opening) is { Success: true } adverb)
            opening = char.ToUpperInvariant(opening[adverb.Length]) + opening[(adverb.Length + 1)..];
        if (EnglishPreamble().IsMatch(opening) || FrenchPreamble().IsMatch(opening) || ArabicPreamble().IsMatch(opening))
            return OpeningKind.Preambular;
        if (EnglishOperative().IsMatch(opening) || FrenchOperative().IsMatch(opening) || ArabicOperative().IsMatch(opening))
            return OpeningKind.Operative;
        return OpeningKind.Unknown;
    }

    [GeneratedRegex(@"^(?:(?:Further|Also|Deeply|Gravely|Seriously|Strongly|Firmly|Fully|Again|Once\s+again|Urgently|Hereby|Formally|Finally|Emphatically|Categorically|Unequivocally|Profondément|Gravement|Vivement|Également|En\s+outre|Fermement|Instamment)\s+)+(?=\p{Ll})")]
    private static partial Regex LeadingAdverb();

    /// <summary>Bullets and dashes a copy leaves before the first word.</summary>
    [GeneratedRegex(@"^[-–—•·▪◦●*\s]+")]
    private static partial Regex LeadingLabel();

    /// <summary>Participles ("Recalling", "Having considered"), adjectives of state ("Deeply concerned", "Mindful"), "Bearing in mind".</summary>
    [GeneratedRegex(@"^(?:(?:Further|Also|Deeply|Gravely|Seriously|Strongly|Firmly|Fully|Once\s+again|Again|Recalling\s+further|Noting\s+further)\s+)?(?:[A-Z][a-z]+ing\b|Having\b|Concerned\b|Convinced\b|Aware\b|Mindful\b|Conscious\b|Determined\b|Desirous\b|Guided\b|Cognizant\b|Cognisant\b|Alarmed\b|Seized\b|Resolved\b|Inspired\b|Encouraged\b|Disturbed\b|Distressed\b|Appalled\b|Shocked\b|Dismayed\b|Pursuant\b|Reaffirming\b|Taking\s+(?:note|into)|In\s+view\s+of|In\s+the\s+light\s+of|With\s+(?:reference|regard)\s+to)")]
    private static partial Regex EnglishPreamble();

    /// <summary>Present-tense verbs, possibly after an adverb ("Also decides", "Strongly condemns").</summary>
    [GeneratedRegex(@"^(?:(?:Further|Also|Again|Once\s+again|Strongly|Firmly|Deeply|Urgently|Fully|Hereby|Formally|Finally|Emphatically|Categorically|Unequivocally)\s+)*(?:Decides|Requests|Calls|Urges|Welcomes|Notes|Takes|Expresses|Reaffirms|Reiterates|Condemns|Demands|Encourages|Invites|Emphasizes|Emphasises|Stresses|Endorses|Approves|Authorizes|Authorises|Recommends|Affirms|Commends|Appeals|Appreciates|Thanks|Deplores|Recognizes|Recognises|Underlines|Underscores|Declares|Adopts|Agrees|Acknowledges|Appoints|Establishes|Confirms|Renews|Extends|Supports|Rejects|Denounces|Regrets|Reminds|Directs|Instructs|Entrusts|Mandates|Proclaims|Considers|Believes|Insists|Highlights|Salutes|Lauds|Praises|Congratulates|Exhorts|Implores|Pays|Looks|Resolves|Commits|Pledges|Undertakes|Accepts|Elects|Assigns|Charges|Designates|Calls\s+upon|Is\s+\w+|Remains|Has\s+decided)\b")]
    private static partial Regex EnglishOperative();

    /// <summary>Participles ("Rappelant", "Ayant examiné"), states ("Profondément préoccupé", "Conscient"), "Se félicitant", "Prenant note".</summary>
    [GeneratedRegex(@"^(?:(?:Rappelant|Réaffirmant|Notant|Soulignant)\s+(?:en\s+outre|également|aussi)\s+|(?:Profondément|Gravement|Vivement|Sérieusement|Très|Fermement|Pleinement)\s+)?(?:(?:Se|S'|Tout\s+en)\s*\p{Ll}+ant\b|[A-ZÉÈÀÂÎÔ][a-zéèêàâîôûç]+ant\b|Ayant\b|Conscient|Convaincu|Préoccupé|Inquiet|Alarmé|Soucieux|Déterminé|Résolu|Guidé|Inspiré|Encouragé|Désireux|Persuadé|Attaché|Profondément|Gardant\s+à\s+l'esprit|Compte\s+tenu|Eu\s+égard|Vu\b|Sachant|Tenant\s+compte)")]
    private static partial Regex FrenchPreamble();

    /// <summary>Present-tense verbs ("Décide", "Prie", "Se félicite", "Prend note", "Demande"), possibly after an adverb.</summary>
    [GeneratedRegex(@"^(?:(?:Décide|Prie|Demande|Engage|Invite|Exhorte|Réaffirme|Souligne|Condamne|Note|Prend|Exprime|Encourage|Se|S'|Approuve|Remercie|Recommande|Charge|Appelle|Lance|Déplore|Rappelle|Reconnaît|Affirme|Insiste|Autorise|Adopte|Accueille|Félicite|Salue|Réitère|Confirme|Déclare|Apprécie|Considère|Estime|Rend|Appuie|Soutient|Rejette|Dénonce|Regrette|Proclame|Convient|Accepte|Nomme|Établit|Etablit|Crée|Renouvelle|Proroge|Exige|Juge|Constate|Attire|Fait|Reste|Est|Mandate|Enjoint)\b|(?:(?:Décide|Prie|Demande|Invite|Engage|Souligne|Réaffirme|Note|Prend|Exprime|Encourage)\s+(?:en\s+outre|également|aussi|de\s+nouveau|instamment))|(?:Également|En\s+outre|Aussi|Instamment|Fermement|Vivement)\s+\p{L}+e\b)")]
    private static partial Regex FrenchOperative();

    /// <summary>
    /// Circumstantial openings of Arabic preambles: "إذ يشير", "وإذ تلاحظ", "وبعد اطلاعه", "وعلى", "استناداً إلى",
    /// "انطلاقاً من", "اقتناعاً", "تأكيداً", "إدراكاً", "وفي ضوء", "وحرصاً", "ومع", "واقتناعاً منه" and their ‏و‏ forms.
    /// </summary>
    [GeneratedRegex(@"^(?:و\s?)?(?:إذ|اذ|إذا|بعد|على\s|وعلى\s|استنادا|استناداً|بالاستناد|انطلاقا|انطلاقاً|اقتناعا|اقتناعاً|اعترافا|اعترافاً|تأكيدا|تأكيداً|إدراكا|إدراكاً|ادراكاً|حرصا|حرصاً|تقديرا|تقديراً|اهتداء|اهتداءً|إيمانا|إيماناً|ايماناً|رغبة|رغبةً|اعتبارا|اعتباراً|نظرا|نظراً|تذكيرا|تذكيراً|في\s+ضوء|مع\s|بالإشارة|بالاشارة|إشارة|اشارة|إلحاقا|إلحاقاً|التزاما|التزاماً|قلقا|قلقاً|وعيا|وعياً|تصميما|تصميماً|ترحيبا|ترحيباً|إقرارا|إقراراً|استرشادا|استرشاداً|إن\s+مجلس|إن\s+الجمعية|إن\s+المؤتمر)")]
    private static partial Regex ArabicPreamble();

    /// <summary>
    /// Present-tense verbs (يقرر، تطلب، يدعو، تهيب، يحث …: a third-person prefix ي/ت before a known stem) and the
    /// verbal nouns Arab League decisions open with (توجيه، الترحيب، التأكيد، دعوة، الطلب، تكليف، الموافقة …).
    /// </summary>
    [GeneratedRegex(@"^(?:(?:ي|ت)(?:قرر|طلب|دعو|حث|هيب|رحب|شيد|ؤكد|عرب|دين|ناشد|شجع|كلف|وصي|عتمد|وافق|حيط|شكر|ثمن|جدد|رجو|لاحظ|عيد|دعم|ؤيد|قدر|عرب|عتبر|علن|قر|ستنكر|رفض|طالب|وجه|ذكر|سجل|نوه|أسف|أمل|عرب|دعو|لتمس|ضم|مدد|نشئ|عين|نتخب|خول|أذن|أكد|بدي|جدد|واصل|عترف|شدد|صادق|ثني|هنئ|بارك|عرب|تطلع|حمل|ستنكر|ندد|شجب|وصى)\S*|(?:ال)?(?:توجيه|ترحيب|تأكيد|دعوة|طلب|تكليف|موافقة|إشادة|اشادة|مطالبة|إعراب|اعراب|دعم|اعتماد|تقدير|تثمين|الإحاطة|إحاطة|احاطة|تجديد|مناشدة|حث|إدانة|ادانة|رفض|تشكيل|إنشاء|انشاء|عقد|تفويض|تشكر|شكر|التنويه|تنويه|استمرار|الاستمرار|متابعة|الطلب)\b)")]
    private static partial Regex ArabicOperative();
}
