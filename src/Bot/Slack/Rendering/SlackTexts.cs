using ResBot.Knowledge.Model;

namespace ResBot.Bot.Slack.Rendering;

/// <summary>The few words the Slack channel adds around the core's answers, in the three languages.</summary>
internal sealed record SlackTexts(
    string Title,
    string Searching,
    string ShareInChannel,
    string AuthoritativeArabic,
    string WholeResolution,
    string More,
    string Continued,
    string Authoritative,
    string Translation,
    string MachineTranslation,
    string LanguageName,
    string LanguageSet,
    string UnknownLanguage,
    string Failed,
    string Help)
{
    private static readonly SlackTexts Arabic = new(
        Title: "ResBot",
        Searching: "⏳ جارٍ البحث في القرارات…",
        ShareInChannel: "مشاركة في القناة",
        AuthoritativeArabic: "النص العربي المعتمد",
        WholeResolution: "القرار كاملاً",
        More: "المزيد",
        Continued: "(تابع)",
        Authoritative: "النص المعتمد",
        Translation: "ترجمة غير رسمية",
        MachineTranslation: "ترجمة آلية غير رسمية",
        LanguageName: "العربية",
        LanguageSet: "سأجيبك من الآن بالعربية.",
        UnknownLanguage: "اللغات المتاحة: `ar` و`en` و`fr`. مثال: `/resbot lang ar`",
        Failed: "تعذّر إعداد الإجابة الآن. حاول مرة أخرى بعد قليل.",
        Help: """
              *ResBot* يجيب عن الأسئلة حول قرارات منظمة التعاون الإسلامي والأمم المتحدة وجامعة الدول العربية، مع الإحالة الدقيقة (الوثيقة، القرار، الفقرة).
              • `/resbot <سؤالك>` مثال: `/resbot ماذا يطلب القرار 38/4 من الدول الأعضاء؟`
              • `/resbot lang ar|en|fr` لغة الإجابات
              • اذكر @ResBot في قناة أو راسله مباشرة
              """);

    private static readonly SlackTexts English = new(
        Title: "ResBot",
        Searching: "⏳ Searching the resolutions…",
        ShareInChannel: "Share in channel",
        AuthoritativeArabic: "Authoritative Arabic text",
        WholeResolution: "Whole resolution",
        More: "More",
        Continued: "(continued)",
        Authoritative: "authoritative text",
        Translation: "unofficial translation",
        MachineTranslation: "unofficial machine translation",
        LanguageName: "English",
        LanguageSet: "I will answer you in English from now on.",
        UnknownLanguage: "Languages: `ar`, `en`, `fr`. Example: `/resbot lang en`",
        Failed: "The answer could not be prepared just now. Please try again in a moment.",
        Help: """
              *ResBot* answers questions about OIC, UN and Arab League resolutions, citing document, resolution and paragraph exactly.
              • `/resbot <question>` e.g. `/resbot What does resolution 38/4 ask member states to do?`
              • `/resbot lang ar|en|fr` the language of your answers
              • mention @ResBot in a channel, or message it directly
              """);

    private static readonly SlackTexts French = new(
        Title: "ResBot",
        Searching: "⏳ Recherche dans les résolutions…",
        ShareInChannel: "Partager dans le canal",
        AuthoritativeArabic: "Texte arabe faisant foi",
        WholeResolution: "Résolution complète",
        More: "Suite",
        Continued: "(suite)",
        Authoritative: "texte faisant foi",
        Translation: "traduction non officielle",
        MachineTranslation: "traduction automatique non officielle",
        LanguageName: "Français",
        LanguageSet: "Je vous répondrai désormais en français.",
        UnknownLanguage: "Langues : `ar`, `en`, `fr`. Exemple : `/resbot lang fr`",
        Failed: "La réponse n'a pas pu être préparée. Réessayez dans un instant.",
        Help: """
              *ResBot* répond aux questions sur les résolutions de l'OCI, de l'ONU et de la Ligue arabe, en citant exactement document, résolution et paragraphe.
              • `/resbot <question>` ex. `/resbot Que demande la résolution 38/4 aux États membres ?`
              • `/resbot lang ar|en|fr` la langue de vos réponses
              • mentionnez @ResBot dans un canal, ou écrivez-lui directement
              """);

    public static SlackTexts For(Language language) => language switch
    {
        Language.Ar => Arabic,
        Language.Fr => French,
        _ => English,
    };

    /// <summary>
    /// The language of a short message before the core has read the question: the user's choice, else
    /// Arabic script, else English. Only for the "searching…" line; the answer's language is the core's call.
    /// </summary>
    public static Language Guess(string text, Language? preferred) =>
        preferred ?? (text.Any(c => c is >= '\u0600' and <= '\u06FF') ? Language.Ar : Language.En);
}
