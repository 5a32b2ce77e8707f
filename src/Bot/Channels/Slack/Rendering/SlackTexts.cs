using ResBot.Knowledge.Model;

namespace ResBot.Bot.Channels.Slack.Rendering;

/// <summary>
/// The words only the Slack channel says (help, "searching…", "share in channel"), in the three languages;
/// buttons, marks and the conversation's own lines are <see cref="Conversations.ConversationTexts"/>.
/// </summary>
internal sealed record SlackTexts(
    string Title,
    string Searching,
    string ShareInChannel,
    string Continued,
    string Help)
{
    private static readonly SlackTexts Arabic = new(
        Title: "ResBot",
        Searching: "⏳ جارٍ البحث في القرارات…",
        ShareInChannel: "مشاركة في القناة",
        Continued: "(تابع)",
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
        Continued: "(continued)",
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
        Continued: "(suite)",
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
}
