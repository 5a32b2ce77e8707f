using ResBot.Knowledge.Model;

namespace ResBot.Bot.Generative;

/// <summary>The words a generated answer carries in each language.</summary>
internal static class GenerativeLabels
{
    public static string AiGenerated(Language language) => language switch
    {
        Language.Ar => "مُولَّد بالذكاء الاصطناعي",
        Language.Fr => "Généré par IA",
        _ => "AI-generated",
    };

    public static string MachineTranslationNote(Language language) => language switch
    {
        Language.Ar => "ترجمة آلية غير رسمية لنصوص غير متاحة بالعربية.",
        Language.Fr => "Traduction automatique non officielle des textes non disponibles en français.",
        _ => "Unofficial machine translation of texts not available in English.",
    };
}
