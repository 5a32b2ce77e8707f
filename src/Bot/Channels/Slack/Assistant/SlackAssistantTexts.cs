using ResBot.Knowledge.Model;

namespace ResBot.Bot.Channels.Slack.Assistant;

/// <summary>What the assistant surface says in each language: the status while answering, and the example questions.</summary>
/// <param name="Status">Follows the app's name ("ResBot is searching the resolutions…"), as Slack shows a status.</param>
/// <param name="Loading">The loading message Slack rotates under the thread while the answer is prepared.</param>
/// <param name="PromptsTitle">Above the suggested prompts.</param>
/// <param name="Prompts">Three questions the bundled corpus answers, in this language.</param>
internal sealed record SlackAssistantTexts(string Status, string Loading, string PromptsTitle, IReadOnlyList<SlackAssistantPrompt> Prompts)
{
    public static SlackAssistantTexts For(Language language) => language switch
    {
        Language.Ar => Arabic,
        Language.Fr => French,
        _ => English,
    };

    private static readonly SlackAssistantTexts English = new(
        Status: "is searching the resolutions…",
        Loading: "Searching the resolutions…",
        PromptsTitle: "Try asking",
        Prompts:
        [
            new("What did 38/4 ask member states?", "What did resolution 38/4 ask member states to do?"),
            new("Show resolution 38/4", "Show resolution 38/4"),
            new("Cybersecurity cooperation", "Which resolutions call for cooperation on cybersecurity?"),
        ]);

    private static readonly SlackAssistantTexts French = new(
        Status: "recherche dans les résolutions…",
        Loading: "Recherche dans les résolutions…",
        PromptsTitle: "Essayez",
        Prompts:
        [
            new("Que demande la résolution 38/4 ?", "Que demande la résolution 38/4 aux États membres ?"),
            new("Montre-moi la résolution 38/4", "Montre-moi la résolution 38/4"),
            new("Coopération en cybersécurité", "Quelles résolutions appellent à coopérer en matière de cybersécurité ?"),
        ]);

    private static readonly SlackAssistantTexts Arabic = new(
        Status: "يبحث في القرارات…",
        Loading: "جارٍ البحث في القرارات…",
        PromptsTitle: "جرّب أن تسأل",
        Prompts:
        [
            new("ماذا طلب القرار 38/4؟", "ماذا طلب القرار 38/4 من الدول الأعضاء؟"),
            new("اعرض القرار 38/4", "اعرض القرار 38/4"),
            new("التعاون في الأمن السيبراني", "ما القرارات التي تدعو إلى التعاون في مجال الأمن السيبراني؟"),
        ]);

    /// <summary>For a user whose language is not known yet: the first example in each language.</summary>
    public static IReadOnlyList<SlackAssistantPrompt> OnePerLanguage() =>
        [English.Prompts[0], French.Prompts[0], Arabic.Prompts[0]];
}
