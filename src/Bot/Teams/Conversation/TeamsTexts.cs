using ResBot.Knowledge.Model;

namespace ResBot.Bot.Teams.Conversation;

/// <summary>The words the Teams channel itself says (buttons, help, welcome), in each of the three languages.</summary>
internal sealed record TeamsTexts(
    string Help,
    string WelcomeTitle,
    string WelcomeIntro,
    IReadOnlyList<string> Examples,
    string AuthoritativeArabic,
    string WholeResolution,
    string More,
    string SubscribeToTopic,
    string MoreNote,
    string Authoritative,
    string MachineTranslation,
    string OtherLanguage,
    string Sorry,
    string OpenQuote,
    string CloseQuote)
{
    /// <summary>The name of each language in itself, for the "show in …" buttons.</summary>
    public static readonly IReadOnlyDictionary<Language, string> LanguageNames = new Dictionary<Language, string>
    {
        [Language.Ar] = "العربية",
        [Language.En] = "English",
        [Language.Fr] = "Français",
    };

    public static TeamsTexts For(Language language) => language switch
    {
        Language.Ar => Arabic,
        Language.Fr => French,
        _ => English,
    };

    private static readonly TeamsTexts English = new(
        Help: "I answer questions about the resolutions of the OIC, the UN and the Arab League, in English, French or Arabic, "
            + "quoting each clause with its citation (document, resolution, paragraph).\n\n"
            + "- Ask a question: \"What did 38/4 ask member states to do?\"\n"
            + "- Ask for a resolution: \"Show resolution 38/4\"\n"
            + "- Use the buttons under an answer to read it in another language, the authoritative Arabic text, or the whole resolution.\n"
            + "- Get a daily digest of what is new: \"subscribe cybersecurity\", \"subscriptions\", \"unsubscribe 3\" (in a channel, for the whole channel).\n"
            + "- In a channel or group chat, @mention me.\n"
            + "- Search resolutions from the message box with the ResBot search extension.",
        WelcomeTitle: "Welcome to ResBot",
        WelcomeIntro: "Ask me about resolutions of the OIC, the UN and the Arab League: every answer quotes the clauses with their citations. To start, type a question below in Arabic, English or French (in a team channel, @mention ResBot first), or press an example:",
        Examples: ["What did 38/4 ask member states to do?", "Show resolution 38/4", "help"],
        AuthoritativeArabic: "Authoritative Arabic text",
        WholeResolution: "Whole resolution",
        More: "More",
        SubscribeToTopic: "Subscribe to this topic",
        MoreNote: "More clauses did not fit in this card.",
        Authoritative: "authoritative text",
        MachineTranslation: "unofficial machine translation",
        OtherLanguage: "not available in English; quoted from another language version",
        Sorry: "Sorry, something went wrong while answering. Please try again in a moment.",
        OpenQuote: "“",
        CloseQuote: "”");

    private static readonly TeamsTexts French = new(
        Help: "Je réponds aux questions sur les résolutions de l'OCI, de l'ONU et de la Ligue arabe, en français, en anglais ou en arabe, "
            + "en citant chaque clause avec sa référence (document, résolution, paragraphe).\n\n"
            + "- Posez une question : « Que demande la résolution 38/4 aux États membres ? »\n"
            + "- Demandez une résolution : « Afficher la résolution 38/4 »\n"
            + "- Les boutons sous une réponse l'affichent dans une autre langue, en texte arabe faisant foi, ou en entier.\n"
            + "- Recevez chaque jour les nouveautés : « abonner cybersécurité », « abonnements », « désabonner 3 » (dans un canal, pour tout le canal).\n"
            + "- Dans un canal ou une conversation de groupe, mentionnez-moi avec @.\n"
            + "- Cherchez des résolutions depuis la zone de message avec l'extension de recherche ResBot.",
        WelcomeTitle: "Bienvenue dans ResBot",
        WelcomeIntro: "Interrogez-moi sur les résolutions de l'OCI, de l'ONU et de la Ligue arabe : chaque réponse cite les clauses avec leurs références. Pour commencer, tapez ci-dessous une question en arabe, en anglais ou en français (dans un canal d'équipe, mentionnez d'abord @ResBot), ou choisissez un exemple :",
        Examples: ["Que demande la résolution 38/4 aux États membres ?", "Afficher la résolution 38/4", "aide"],
        AuthoritativeArabic: "Texte arabe faisant foi",
        WholeResolution: "Résolution entière",
        More: "Suite",
        SubscribeToTopic: "S'abonner à ce sujet",
        MoreNote: "D'autres clauses ne tenaient pas dans cette carte.",
        Authoritative: "texte faisant foi",
        MachineTranslation: "traduction automatique non officielle",
        OtherLanguage: "version française indisponible ; citée d'une autre version linguistique",
        Sorry: "Désolé, une erreur s'est produite pendant la réponse. Réessayez dans un instant.",
        OpenQuote: "« ",
        CloseQuote: " »");

    private static readonly TeamsTexts Arabic = new(
        Help: "أجيب عن الأسئلة المتعلقة بقرارات منظمة التعاون الإسلامي والأمم المتحدة وجامعة الدول العربية، بالعربية أو الإنجليزية أو الفرنسية، "
            + "مع اقتباس كل فقرة ومرجعها (الوثيقة، القرار، الفقرة).\n\n"
            + "- اطرح سؤالاً: «ماذا طلب القرار 38/4 من الدول الأعضاء؟»\n"
            + "- اطلب قراراً: «اعرض القرار 38/4»\n"
            + "- استخدم الأزرار تحت الإجابة لقراءتها بلغة أخرى، أو لقراءة النص العربي الرسمي، أو القرار كاملاً.\n"
            + "- احصل على موجز يومي بالجديد: «اشترك الأمن السيبراني»، «الاشتراكات»، «إلغاء الاشتراك 3» (في القناة، للقناة كلها).\n"
            + "- في القنوات والمحادثات الجماعية، اذكرني بـ @.\n"
            + "- ابحث في القرارات من مربع الرسائل عبر امتداد البحث ResBot.",
        WelcomeTitle: "مرحباً بك في ResBot",
        WelcomeIntro: "اسألني عن قرارات منظمة التعاون الإسلامي والأمم المتحدة وجامعة الدول العربية: كل إجابة تقتبس الفقرات مع مراجعها. للبدء، اكتب سؤالك في الأسفل بالعربية أو الإنجليزية أو الفرنسية (وفي قنوات الفريق اذكر @ResBot أولاً)، أو اختر مثالاً:",
        Examples: ["ماذا طلب القرار 38/4 من الدول الأعضاء؟", "اعرض القرار 38/4", "مساعدة"],
        AuthoritativeArabic: "النص العربي الرسمي",
        WholeResolution: "القرار كاملاً",
        More: "المزيد",
        SubscribeToTopic: "اشترك في هذا الموضوع",
        MoreNote: "لم تتسع هذه البطاقة لبقية الفقرات.",
        Authoritative: "النص الرسمي",
        MachineTranslation: "ترجمة آلية غير رسمية",
        OtherLanguage: "النص العربي غير متوفر؛ مقتبس من نسخة لغوية أخرى",
        Sorry: "عذراً، حدث خطأ أثناء الإجابة. يرجى المحاولة مرة أخرى بعد قليل.",
        OpenQuote: "«",
        CloseQuote: "»");
}
