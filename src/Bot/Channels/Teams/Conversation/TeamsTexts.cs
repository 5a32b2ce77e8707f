using ResBot.Knowledge.Model;

namespace ResBot.Bot.Channels.Teams.Conversation;

/// <summary>
/// The words only the Teams channel says (help, welcome), in each of the three languages; buttons, quote marks and
/// the conversation's own lines are <see cref="Conversations.ConversationTexts"/>.
/// </summary>
internal sealed record TeamsTexts(
    string Help,
    string WelcomeTitle,
    string WelcomeIntro,
    IReadOnlyList<string> Examples,
    string MoreNote)
{
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
        MoreNote: "More clauses did not fit in this card.");

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
        MoreNote: "D'autres clauses ne tenaient pas dans cette carte.");

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
        MoreNote: "لم تتسع هذه البطاقة لبقية الفقرات.");
}
