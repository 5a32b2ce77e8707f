using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Answers;

/// <summary>Every sentence the core writes to users, in the three languages. Citations are never translated.</summary>
public static class AnswerTexts
{
    public static string LanguageName(Language of, Language inLanguage) => (of, inLanguage) switch
    {
        (Language.Ar, Language.Ar) => "العربية",
        (Language.En, Language.Ar) => "الإنجليزية",
        (Language.Fr, Language.Ar) => "الفرنسية",
        (Language.Ar, Language.Fr) => "arabe",
        (Language.En, Language.Fr) => "anglais",
        (Language.Fr, Language.Fr) => "français",
        (Language.Ar, _) => "Arabic",
        (Language.En, _) => "English",
        _ => "French",
    };

    /// <summary>The language as an adjective after "text": Arabic needs the masculine form ("النص العربي"), English and French do not change.</summary>
    public static string LanguageAdjective(Language of, Language inLanguage) => (of, inLanguage) switch
    {
        (Language.Ar, Language.Ar) => "العربي",
        (Language.En, Language.Ar) => "الإنجليزي",
        (Language.Fr, Language.Ar) => "الفرنسي",
        _ => LanguageName(of, inLanguage),
    };

    public static string AddresseeName(Addressee addressee, Language language) => (addressee, language) switch
    {
        (Addressee.MemberStates, Language.Ar) => "الدول الأعضاء",
        (Addressee.MemberStates, Language.Fr) => "les États membres",
        (Addressee.MemberStates, _) => "member States",
        (Addressee.SecretaryGeneral, Language.Ar) => "الأمين العام",
        (Addressee.SecretaryGeneral, Language.Fr) => "le Secrétaire général",
        (Addressee.SecretaryGeneral, _) => "the Secretary-General",
        (Addressee.GeneralSecretariat, Language.Ar) => "الأمانة العامة",
        (Addressee.GeneralSecretariat, Language.Fr) => "le Secrétariat général",
        (Addressee.GeneralSecretariat, _) => "the General Secretariat",
        (_, Language.Ar) => "الجهات المعنية",
        (_, Language.Fr) => "les organes concernés",
        _ => "the bodies concerned",
    };

    public static string Resolution(string key, string? title, Language language)
    {
        var named = language switch
        {
            Language.Ar => $"القرار {key}",
            Language.Fr => $"La résolution {key}",
            _ => $"Resolution {key}",
        };
        return string.IsNullOrWhiteSpace(title) ? named : $"{named} ({title})";
    }

    public static string AskedOf(string resolutions, string addressee, int count, Language language) => language switch
    {
        Language.Ar => $"{resolutions}: ما طُلب من {addressee} ({Paragraphs(count, language)}):",
        Language.Fr => $"{resolutions} : ce qui est demandé {FrenchDative(addressee)} ({Paragraphs(count, language)}) :",
        _ => $"{resolutions}: what is asked of {addressee} ({Paragraphs(count, language)}):",
    };

    /// <summary>"les États membres" → "aux États membres", "le Secrétaire général" → "au Secrétaire général".</summary>
    private static string FrenchDative(string addressee) =>
        addressee.StartsWith("les ", StringComparison.Ordinal) ? "aux " + addressee[4..]
        : addressee.StartsWith("le ", StringComparison.Ordinal) ? "au " + addressee[3..]
        : "à " + addressee;

    public static string AskedOfAnyone(string resolutions, int count, Language language) => language switch
    {
        Language.Ar => $"{resolutions}: ما يطلبه القرار ({Paragraphs(count, language)}):",
        Language.Fr => $"{resolutions} : ce que demande le texte ({Paragraphs(count, language)}) :",
        _ => $"{resolutions}: what it asks for ({Paragraphs(count, language)}):",
    };

    public static string Overview(string resolution, int count, Language language) => language switch
    {
        Language.Ar => $"{resolution}: الفقرات العاملة ({Paragraphs(count, language)}):",
        Language.Fr => $"{resolution} : le dispositif ({Paragraphs(count, language)}) :",
        _ => $"{resolution}: its operative part ({Paragraphs(count, language)}):",
    };

    public static string WholeResolution(string resolution, int count, Language language) => language switch
    {
        Language.Ar => $"{resolution}: النص الكامل ({Paragraphs(count, language)}):",
        Language.Fr => $"{resolution} : texte intégral ({Paragraphs(count, language)}) :",
        _ => $"{resolution}: full text ({Paragraphs(count, language)}):",
    };

    public static string Requested(string resolution, Language language) => language switch
    {
        Language.Ar => $"{resolution}:",
        Language.Fr => $"{resolution} :",
        _ => $"{resolution}:",
    };

    public static string Topic(int count, Language language) => language switch
    {
        Language.Ar => $"وجدت {ParagraphsAsObject(count)} {(count == 2 ? "تجيبان" : "تجيب")} عن سؤالك:",
        Language.Fr => $"{Paragraphs(count, language)} {(count == 1 ? "répond" : "répondent")} à votre question :",
        _ => $"{Paragraphs(count, language)} {(count == 1 ? "answers" : "answer")} your question:",
    };

    public static string Paragraphs(int count, Language language) => language switch
    {
        Language.Ar => count switch { 1 => "فقرة واحدة", 2 => "فقرتان", <= 10 => $"{count} فقرات", _ => $"{count} فقرة" },
        Language.Fr => count == 1 ? "1 paragraphe" : $"{count} paragraphes",
        _ => count == 1 ? "1 paragraph" : $"{count} paragraphs",
    };

    /// <summary>The Arabic count after a verb or a preposition: the dual takes its oblique form ("وجدت فقرتين", "في فقرتين").</summary>
    private static string ParagraphsAsObject(int count) => count == 2 ? "فقرتين" : Paragraphs(count, Language.Ar);

    public static string UnknownResolution(string keys, string existing, Language language) => language switch
    {
        Language.Ar => $"لم أجد القرار {keys} في المدونة. القرارات المتاحة: {existing}.",
        Language.Fr => $"Je ne trouve pas la résolution {keys} dans le corpus. Résolutions disponibles : {existing}.",
        _ => $"I found no resolution {keys} in the corpus. Resolutions available: {existing}.",
    };

    /// <summary>"37/3 is not in the corpus; it is cited in 38/4 (1 paragraph):".</summary>
    public static string CitedButMissing(string missing, string citing, int count, Language language) => language switch
    {
        Language.Ar => $"القرار {missing} ليس في المدونة، لكن {citing} يستند إليه ({Paragraphs(count, language)}):",
        Language.Fr => $"La résolution {missing} n'est pas dans le corpus ; {citing} s'y réfère ({Paragraphs(count, language)}) :",
        _ => $"Resolution {missing} is not in the corpus; {citing} refers to it ({Paragraphs(count, language)}):",
    };

    /// <summary>"Resolutions 38/4 builds on (2 paragraphs: 37/3, 36/3):".</summary>
    public static string BuildsOn(string resolution, string cited, int count, Language language) => language switch
    {
        Language.Ar => $"القرارات السابقة التي يستند إليها القرار {resolution} ({cited}) في {ParagraphsAsObject(count)}:",
        Language.Fr => $"Résolutions antérieures sur lesquelles s'appuie la résolution {resolution} ({cited}), dans {Paragraphs(count, language)} :",
        _ => $"Earlier resolutions {resolution} builds on ({cited}), in {Paragraphs(count, language)}:",
    };

    /// <summary>"Resolution 37/3 is referred to by 38/4 (1 paragraph):".</summary>
    public static string ReferredToBy(string resolution, string citing, int count, Language language) => language switch
    {
        Language.Ar => $"يستند إلى القرار {resolution}: {citing} ({Paragraphs(count, language)}):",
        Language.Fr => $"La résolution {resolution} est reprise par {citing} ({Paragraphs(count, language)}) :",
        _ => $"Resolution {resolution} is referred to by {citing} ({Paragraphs(count, language)}):",
    };

    public static string NoEarlierResolutions(string resolution, Language language) => language switch
    {
        Language.Ar => $"لا يذكر القرار {resolution} أي قرار سابق.",
        Language.Fr => $"La résolution {resolution} ne cite aucune résolution antérieure.",
        _ => $"Resolution {resolution} cites no earlier resolution.",
    };

    /// <summary>"The corpus holds no Security Council resolutions."</summary>
    public static string NoResolutionsOfBody(string body, Language language) => (body, language) switch
    {
        ("S/RES", Language.Ar) => "لا تضم المدونة أي قرار لمجلس الأمن.",
        ("S/RES", Language.Fr) => "Le corpus ne contient aucune résolution du Conseil de sécurité.",
        ("S/RES", _) => "The corpus holds no Security Council resolutions.",
        ("A/RES", Language.Ar) => "لا تضم المدونة أي قرار للجمعية العامة.",
        ("A/RES", Language.Fr) => "Le corpus ne contient aucune résolution de l'Assemblée générale.",
        ("A/RES", _) => "The corpus holds no General Assembly resolutions.",
        ("LAS", Language.Ar) => "لا تضم المدونة أي قرار لجامعة الدول العربية.",
        ("LAS", Language.Fr) => "Le corpus ne contient aucune décision de la Ligue des États arabes.",
        ("LAS", _) => "The corpus holds no Arab League decisions.",
        (_, Language.Ar) => "لا تضم المدونة أي قرار لمنظمة التعاون الإسلامي.",
        (_, Language.Fr) => "Le corpus ne contient aucune résolution de l'OCI.",
        _ => "The corpus holds no OIC resolutions.",
    };

    public static string UnknownParagraph(string resolution, string paragraphs, string existing, Language language) => language switch
    {
        Language.Ar => $"لا توجد في القرار {resolution} فقرة {paragraphs}. الفقرات العاملة فيه: {existing}.",
        Language.Fr => $"La résolution {resolution} n'a pas de paragraphe {paragraphs}. Paragraphes du dispositif : {existing}.",
        _ => $"Resolution {resolution} has no paragraph {paragraphs}. Its operative paragraphs are: {existing}.",
    };

    public static string ParagraphNeedsResolution(string paragraphs, string existing, Language language) => language switch
    {
        Language.Ar => $"أي قرار تقصد بالفقرة {paragraphs}؟ القرارات المتاحة: {existing}.",
        Language.Fr => $"De quelle résolution s'agit-il pour le paragraphe {paragraphs} ? Résolutions disponibles : {existing}.",
        _ => $"Which resolution do you mean for paragraph {paragraphs}? Resolutions available: {existing}.",
    };

    public static string NothingAskedOf(string resolutions, string addressee, Language language) => language switch
    {
        Language.Ar => $"لم أجد في {resolutions} فقرة موجهة إلى {addressee}.",
        Language.Fr => $"Je ne trouve dans {resolutions} aucun paragraphe adressé à {addressee}.",
        _ => $"I found no paragraph in {resolutions} addressed to {addressee}.",
    };

    public static string NotFound(Language language) => language switch
    {
        Language.Ar => "لم أجد في القرارات المتاحة ما يجيب عن هذا السؤال.",
        Language.Fr => "Je ne trouve rien dans les résolutions disponibles qui réponde à cette question.",
        _ => "I found nothing in the available resolutions that answers this question.",
    };

    public static string NotFoundHint(string existing, Language language) => language switch
    {
        Language.Ar => $"جرّب سؤالاً عن أحد هذه القرارات: {existing}، أو اكتب «مساعدة».",
        Language.Fr => $"Essayez une question sur l'une de ces résolutions : {existing}, ou tapez « aide ».",
        _ => $"Try a question about one of these resolutions: {existing}, or type \"help\".",
    };

    public static string Empty(Language language) => language switch
    {
        Language.Ar => "السؤال فارغ. اسأل مثلاً: ماذا طلب القرار 38/4 من الدول الأعضاء؟",
        Language.Fr => "La question est vide. Demandez par exemple : que demande la résolution 38/4 aux États membres ?",
        _ => "The question is empty. Ask, for example: what did 38/4 ask member states to do?",
    };

    public static string TooLong(int max, Language language) => language switch
    {
        Language.Ar => $"السؤال طويل جداً (الحد الأقصى {max} حرف). اختصره وأعد المحاولة.",
        Language.Fr => $"La question est trop longue ({max} caractères au plus). Raccourcissez-la.",
        _ => $"The question is too long ({max} characters at most). Please shorten it.",
    };

    public static string UnofficialTranslation(Language shown, Language authoritative, Language language) => language switch
    {
        Language.Ar => $"النص {LanguageAdjective(shown, language)} ترجمة غير رسمية؛ النص {LanguageAdjective(authoritative, language)} هو النص المعتمد.",
        Language.Fr => $"Le texte {LanguageName(shown, language)} est une traduction non officielle ; le texte {LanguageName(authoritative, language)} fait foi.",
        _ => $"The {LanguageName(shown, language)} text is an unofficial translation; the {LanguageName(authoritative, language)} text is authoritative.",
    };

    public static string AuthoritativeFallback(Language authoritative, Language language) => language switch
    {
        Language.Ar => $"بعض الفقرات غير متاحة بالعربية: نقلتها بنصها {LanguageAdjective(authoritative, language)} المعتمد.",
        Language.Fr => $"Certains paragraphes n'existent pas en français : ils sont cités dans le texte {LanguageName(authoritative, language)} qui fait foi.",
        _ => $"Some paragraphs have no English version: they are quoted in the authoritative {LanguageName(authoritative, language)} text.",
    };

    /// <summary>The note of a capped answer: how many clauses match in all, where, and how to narrow the question.</summary>
    public static string MoreClauses(int total, int resolutions, int shown, string bodies, string mostIn, Language language) => language switch
    {
        Language.Ar => $"{Paragraphs(total, language)} في {resolutions} قرارًا تطابق السؤال، عُرض منها {shown}. لتضييقه اذكر جهة ({bodies}) أو قرارًا (أكثرها في {mostIn}).",
        Language.Fr => $"{Paragraphs(total, language)} dans {resolutions} résolutions répondent à la question ; {shown} sont citées. Pour la préciser, nommez un organe ({bodies}) ou une résolution (la plupart dans {mostIn}).",
        _ => $"{Paragraphs(total, language)} in {resolutions} resolutions match the question; {shown} are quoted. To narrow it, name a body ({bodies}) or a resolution (most are in {mostIn}).",
    };
}
