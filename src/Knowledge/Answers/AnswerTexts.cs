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
        (Addressee.Media, Language.Ar) => "وسائل الإعلام",
        (Addressee.Media, Language.Fr) => "les médias",
        (Addressee.Media, _) => "the media",
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

    public static string AskedOf(string resolutions, string addressee, ClauseCount count, Language language) => language switch
    {
        Language.Ar => $"{resolutions}: ما طُلب من {addressee} ({Clauses(count, language)}):",
        Language.Fr => $"{resolutions} : ce qui est demandé {FrenchDative(addressee)} ({Clauses(count, language)}) :",
        _ => $"{resolutions}: what is asked of {addressee} ({Clauses(count, language)}):",
    };

    /// <summary>"les États membres" → "aux États membres", "le Secrétaire général" → "au Secrétaire général".</summary>
    private static string FrenchDative(string addressee) =>
        addressee.StartsWith("les ", StringComparison.Ordinal) ? "aux " + addressee[4..]
        : addressee.StartsWith("le ", StringComparison.Ordinal) ? "au " + addressee[3..]
        : "à " + addressee;

    /// <summary>"38/3, 38/4: what they ask for": one resolution asks, several ask (القرار يطلبه / القرارات تطلبه).</summary>
    public static string AskedOfAnyone(IReadOnlyList<string> keys, ClauseCount count, Language language) => AskedOfAnyone(string.Join(", ", keys), keys.Count > 1, count, language);

    private static string AskedOfAnyone(string resolutions, bool several, ClauseCount count, Language language) => (language, several) switch
    {
        (Language.Ar, false) => $"{resolutions}: ما يطلبه القرار ({Clauses(count, language)}):",
        (Language.Ar, true) => $"{resolutions}: ما تطلبه القرارات ({Clauses(count, language)}):",
        (Language.Fr, false) => $"{resolutions} : ce que demande le texte ({Clauses(count, language)}) :",
        (Language.Fr, true) => $"{resolutions} : ce que demandent les textes ({Clauses(count, language)}) :",
        (_, false) => $"{resolutions}: what it asks for ({Clauses(count, language)}):",
        _ => $"{resolutions}: what they ask for ({Clauses(count, language)}):",
    };

    public static string Overview(string resolution, int count, Language language) => language switch
    {
        Language.Ar => $"{resolution}: الفقرات العاملة ({Paragraphs(count, language)}):",
        Language.Fr => $"{resolution} : le dispositif ({Paragraphs(count, language)}) :",
        _ => $"{resolution}: its operative part ({Paragraphs(count, language)}):",
    };

    public static string WholeResolution(string resolution, ClauseCount count, Language language) => language switch
    {
        Language.Ar => $"{resolution}: النص الكامل ({Clauses(count, language)}):",
        Language.Fr => $"{resolution} : texte intégral ({Clauses(count, language)}) :",
        _ => $"{resolution}: full text ({Clauses(count, language)}):",
    };

    public static string Requested(string resolution, Language language) => language switch
    {
        Language.Ar => $"{resolution}:",
        Language.Fr => $"{resolution} :",
        _ => $"{resolution}:",
    };

    /// <summary>
    /// "1 operative paragraph answers your question", "1 alinéa du préambule et 2 paragraphes du dispositif répondent",
    /// "وجدت فقرتين عاملتين تجيبان": the verb agrees with the count (Arabic: dual with two clauses of one kind).
    /// </summary>
    public static string Topic(ClauseCount count, Language language) => language switch
    {
        Language.Ar => $"وجدت {ClausesAsObject(count)} {(IsArabicDual(count) ? "تجيبان" : "تجيب")} عن سؤالك:",
        Language.Fr => $"{Clauses(count, language)} {(count.Total == 1 ? "répond" : "répondent")} à votre question :",
        _ => $"{Clauses(count, language)} {(count.Total == 1 ? "answers" : "answer")} your question:",
    };

    /// <summary>"4 resolutions (8/2-INF, 8/4-INF, 8/1-INF and 8/6-INF)": the resolutions a clause cites, counted, with the dual and plural of each language.</summary>
    public static string CountedResolutions(int count, string cited, Language language) => language switch
    {
        Language.Ar => count switch { 1 => $"قرار واحد ({cited})", 2 => $"قراران ({cited})", >= 3 and <= 10 => $"{count} قرارات ({cited})", _ => $"{count} قراراً ({cited})" },
        Language.Fr => $"{count} {(count == 1 ? "résolution" : "résolutions")} ({cited})",
        _ => $"{count} {(count == 1 ? "resolution" : "resolutions")} ({cited})",
    };

    /// <summary>"8 countries (the Kingdom of Saudi Arabia, …)": a list that answers "how many", counted.</summary>
    public static string CountedNames(int count, string names, Language language) => language switch
    {
        // Arabic names two with the dual alone, counts three to ten with the plural, eleven and more with the singular.
        Language.Ar => count == 2 ? $"دولتان ({names})" : $"{count} {(count is >= 3 and <= 10 ? "دول" : "دولة")} ({names})",
        Language.Fr => $"{count} pays ({names})",
        _ => $"{count} countries ({names})",
    };

    /// <summary>
    /// The lead of a one-fact answer: the fact as the clause states it, and where: "25 September, according to 38/1 ¶E.1
    /// (1 operative paragraph):". The fact is copied from the quoted text, never rephrased.
    /// </summary>
    public static string Fact(string fact, string resolution, string paragraph, ClauseCount count, Language language) => language switch
    {
        Language.Ar => $"{fact}، بحسب {resolution} ¶{paragraph} ({Clauses(count, language)}):",
        Language.Fr => $"{fact}, selon {resolution} ¶{paragraph} ({Clauses(count, language)}) :",
        _ => $"{fact}, according to {resolution} ¶{paragraph} ({Clauses(count, language)}):",
    };

    /// <summary>
    /// The clauses quoted, by kind: "2 operative paragraphs", "1 preambular paragraph and 2 operative paragraphs",
    /// "1 alinéa du préambule", "3 paragraphes du dispositif", "فقرتان عاملتان", "3 فقرات من الديباجة".
    /// </summary>
    public static string Clauses(ClauseCount count, Language language) => Clauses(count, language, asObject: false);

    private static string Clauses(ClauseCount count, Language language, bool asObject)
    {
        var parts = new List<string>(2);
        if (count.Preambular > 0)
            parts.Add(language switch
            {
                Language.Ar => ArabicCount(count.Preambular, "فقرة", "فقرتان", "فقرتين", "فقرات", asObject) + " من الديباجة",
                Language.Fr => count.Preambular == 1 ? "1 alinéa du préambule" : $"{count.Preambular} alinéas du préambule",
                _ => count.Preambular == 1 ? "1 preambular paragraph" : $"{count.Preambular} preambular paragraphs",
            });
        if (count.Operative > 0 || parts.Count == 0)
            parts.Add(language switch
            {
                Language.Ar => ArabicCount(count.Operative, "فقرة عاملة", "فقرتان عاملتان", "فقرتين عاملتين", "فقرات عاملة", asObject),
                Language.Fr => count.Operative == 1 ? "1 paragraphe du dispositif" : $"{count.Operative} paragraphes du dispositif",
                _ => count.Operative == 1 ? "1 operative paragraph" : $"{count.Operative} operative paragraphs",
            });
        return string.Join(language switch { Language.Ar => " و", Language.Fr => " et ", _ => " and " }, parts);
    }

    private static string ClausesAsObject(ClauseCount count) => Clauses(count, Language.Ar, asObject: true);

    /// <summary>Two clauses of one kind take the dual ("فقرتان"); one of each kind is two singulars joined by "و".</summary>
    private static bool IsArabicDual(ClauseCount count) => count.Preambular == 2 && count.Operative == 0 || count.Operative == 2 && count.Preambular == 0;

    /// <summary>
    /// Arabic numbers agree with what they count: one is "فقرة واحدة", two the dual (its oblique form after a verb or a
    /// preposition), three to ten the plural, eleven and more the singular accusative ("11 فقرة"); an adjective agrees
    /// with each form ("فقرة عاملة واحدة", "فقرتان عاملتان", "3 فقرات عاملة").
    /// </summary>
    private static string ArabicCount(int count, string singular, string dual, string dualOblique, string plural, bool asObject) => count switch
    {
        1 => $"{singular} واحدة",
        2 => asObject ? dualOblique : dual,
        <= 10 => $"{count} {plural}",
        _ => $"{count} {singular}",
    };

    /// <summary>"1 resolution", "3 résolutions", "قرار واحد", "قراران", "3 قرارات", "11 قرارًا".</summary>
    private static string Resolutions(int count, Language language, bool asObject = false) => language switch
    {
        Language.Ar => count switch
        {
            1 => "قرار واحد",
            2 => asObject ? "قرارين" : "قراران",
            <= 10 => $"{count} قرارات",
            _ => $"{count} قرارًا",
        },
        Language.Fr => count == 1 ? "1 résolution" : $"{count} résolutions",
        _ => count == 1 ? "1 resolution" : $"{count} resolutions",
    };

    public static string Paragraphs(int count, Language language) => language switch
    {
        Language.Ar => count switch { 1 => "فقرة واحدة", 2 => "فقرتان", <= 10 => $"{count} فقرات", _ => $"{count} فقرة" },
        Language.Fr => count == 1 ? "1 paragraphe" : $"{count} paragraphes",
        _ => count == 1 ? "1 paragraph" : $"{count} paragraphs",
    };


    /// <summary>"The corpus holds no resolution of session 39; it holds sessions 38.": a scope that is not there.</summary>
    public static string NoSuchSession(int session, string sessions, Language language) => language switch
    {
        Language.Ar => $"لا تضم المدونة أي قرار صادر عن الدورة {session}؛ الدورات المتاحة: {sessions}.",
        Language.Fr => $"Le corpus ne contient aucune résolution de la session {session} ; sessions disponibles : {sessions}.",
        _ => $"The corpus holds no resolution of session {session}; sessions available: {sessions}.",
    };

    /// <summary>"The corpus holds no resolution of session 34; 38/1 cites its resolutions (1 preambular paragraph):".</summary>
    public static string SessionCitedButMissing(int session, IReadOnlyList<string> citingKeys, ClauseCount count, Language language) =>
        (language, citingKeys.Count > 1) switch
        {
            (Language.Ar, false) => $"لا تضم المدونة قرارات الدورة {session}، لكن القرار {string.Join("، ", citingKeys)} يستند إليها ({Clauses(count, language)}):",
            (Language.Ar, true) => $"لا تضم المدونة قرارات الدورة {session}، لكن القرارات {string.Join("، ", citingKeys)} تستند إليها ({Clauses(count, language)}):",
            (Language.Fr, false) => $"Le corpus ne contient pas les résolutions de la session {session} ; {string.Join(", ", citingKeys)} s'y réfère ({Clauses(count, language)}) :",
            (Language.Fr, true) => $"Le corpus ne contient pas les résolutions de la session {session} ; {string.Join(", ", citingKeys)} s'y réfèrent ({Clauses(count, language)}) :",
            (_, false) => $"The corpus holds no resolution of session {session}; {string.Join(", ", citingKeys)} refers to its resolutions ({Clauses(count, language)}):",
            _ => $"The corpus holds no resolution of session {session}; {string.Join(", ", citingKeys)} refer to its resolutions ({Clauses(count, language)}):",
        };

    /// <summary>A paragraph's stored text failed its check (damaged on disk): nothing is quoted while it is read again from the corpus files.</summary>
    public static string StoredTextUnreadable(Language language) => language switch
    {
        Language.Ar => "تعذّرت قراءة النص المخزَّن لهذا القرار؛ تجري إعادة قراءته، يُرجى المحاولة مرة أخرى بعد قليل.",
        Language.Fr => "Le texte enregistré de cette résolution n'a pas pu être lu ; il est en cours de relecture, réessayez dans un instant.",
        _ => "This resolution's stored text could not be read; it is being re-read, try again shortly.",
    };

    public static string UnknownResolution(string keys, string existing, Language language) => language switch
    {
        Language.Ar => $"لم أجد القرار {keys} في المدونة. القرارات المتاحة: {existing}.",
        Language.Fr => $"Je ne trouve pas la résolution {keys} dans le corpus. Résolutions disponibles : {existing}.",
        _ => $"I found no resolution {keys} in the corpus. Resolutions available: {existing}.",
    };

    /// <summary>"37/3 is not in the corpus; it is cited in 38/4 (1 paragraph):".</summary>
    public static string CitedButMissing(string missing, IReadOnlyList<string> citingKeys, ClauseCount count, Language language) =>
        CitedButMissing(missing, string.Join(", ", citingKeys), citingKeys.Count > 1, count, language);

    private static string CitedButMissing(string missing, string citing, bool several, ClauseCount count, Language language) => (language, several) switch
    {
        (Language.Ar, false) => $"القرار {missing} ليس في المدونة، لكن {citing} يستند إليه ({Clauses(count, language)}):",
        (Language.Ar, true) => $"القرار {missing} ليس في المدونة، لكن {citing} تستند إليه ({Clauses(count, language)}):",
        (Language.Fr, false) => $"La résolution {missing} n'est pas dans le corpus ; {citing} s'y réfère ({Clauses(count, language)}) :",
        (Language.Fr, true) => $"La résolution {missing} n'est pas dans le corpus ; {citing} s'y réfèrent ({Clauses(count, language)}) :",
        (_, false) => $"Resolution {missing} is not in the corpus; {citing} refers to it ({Clauses(count, language)}):",
        _ => $"Resolution {missing} is not in the corpus; {citing} refer to it ({Clauses(count, language)}):",
    };

    /// <summary>"Resolutions 38/4 builds on (2 paragraphs: 37/3, 36/3):".</summary>
    public static string BuildsOn(string resolution, string cited, ClauseCount count, Language language) => language switch
    {
        Language.Ar => $"القرارات السابقة التي يستند إليها القرار {resolution} ({cited}) في {ClausesAsObject(count)}:",
        Language.Fr => $"Résolutions antérieures sur lesquelles s'appuie la résolution {resolution} ({cited}), dans {Clauses(count, language)} :",
        _ => $"Earlier resolutions {resolution} builds on ({cited}), in {Clauses(count, language)}:",
    };

    /// <summary>"Resolution 37/3 is referred to by 38/4 (1 paragraph):".</summary>
    public static string ReferredToBy(string resolution, string citing, ClauseCount count, Language language) => language switch
    {
        Language.Ar => $"يستند إلى القرار {resolution}: {citing} ({Clauses(count, language)}):",
        Language.Fr => $"La résolution {resolution} est reprise par {citing} ({Clauses(count, language)}) :",
        _ => $"Resolution {resolution} is referred to by {citing} ({Clauses(count, language)}):",
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

    /// <summary>"Operative paragraph 1" of 38/4, which numbers its operative paragraphs from 5: which paragraph was quoted, and why.</summary>
    public static string ReadInOrder(string resolution, int position, string key, Language language) => language switch
    {
        Language.Ar => $"لا يحمل أي من الفقرات العاملة في القرار {resolution} الرقم {position}؛ عُدّت الفقرات بالترتيب، فالفقرة العاملة رقم {position} هي الفقرة {key}.",
        Language.Fr => $"Aucun paragraphe du dispositif de la résolution {resolution} ne porte le numéro {position} ; ils ont été comptés dans l'ordre : le paragraphe n° {position} du dispositif est le paragraphe {key}.",
        _ => $"No operative paragraph of resolution {resolution} is numbered {position}; counting them in order, operative paragraph {position} is paragraph {key}.",
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
        Language.Fr => $"Je ne trouve dans {resolutions} aucun paragraphe adressé {FrenchDative(addressee)}.",
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
        Language.Ar => $"{Paragraphs(total, language)} في {Resolutions(resolutions, language, asObject: true)} {(total == 2 ? "تطابقان" : "تطابق")} السؤال، عُرض منها {shown}. لتضييقه اذكر جهة ({bodies}) أو قرارًا (أكثرها في {mostIn}).",
        Language.Fr => $"{Paragraphs(total, language)} dans {Resolutions(resolutions, language)} répondent à la question ; {shown} {(shown == 1 ? "est cité" : "sont cités")}. Pour la préciser, nommez un organe ({bodies}) ou une résolution (la plupart dans {mostIn}).",
        _ => $"{Paragraphs(total, language)} in {Resolutions(resolutions, language)} match the question; {shown} {(shown == 1 ? "is" : "are")} quoted. To narrow it, name a body ({bodies}) or a resolution (most are in {mostIn}).",
    };
}
