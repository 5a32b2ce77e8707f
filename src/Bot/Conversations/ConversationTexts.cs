using ResBot.Knowledge.Model;

namespace ResBot.Bot.Conversations;

/// <summary>
/// The words every channel says around the core's answers, in each of the three languages: button labels, quote
/// marks, the conversation's own short lines. A channel keeps only what is its own (Slack's "share in channel",
/// Teams' welcome card).
/// </summary>
public sealed record ConversationTexts(
    string LanguageName,
    string AuthoritativeArabic,
    string WholeResolution,
    string More,
    string Authoritative,
    string Translation,
    string MachineTranslation,
    string OtherLanguage,
    string SubscribeToTopic,
    string LanguageSet,
    string UnknownLanguage,
    string Failed,
    string FollowUps,
    string OpenQuote,
    string CloseQuote)
{
    public static ConversationTexts For(Language language) => language switch
    {
        Language.Ar => Arabic,
        Language.Fr => French,
        _ => English,
    };

    /// <summary>
    /// The language of a short line before the core has read the text: the user's choice, else Arabic script,
    /// else English. Only for "searching…" and apologies; an answer's language is the core's call.
    /// </summary>
    public static Language Guess(string text, Language? preferred) =>
        preferred ?? (text.Any(c => c is >= '\u0600' and <= '\u06FF') ? Language.Ar : Language.En);

    private static readonly ConversationTexts English = new(
        LanguageName: "English",
        AuthoritativeArabic: "Authoritative Arabic text",
        WholeResolution: "Whole resolution",
        More: "More",
        Authoritative: "authoritative text",
        Translation: "unofficial translation",
        MachineTranslation: "unofficial machine translation",
        OtherLanguage: "not available in English; quoted from another language version",
        SubscribeToTopic: "Subscribe to this topic",
        LanguageSet: "I will answer you in English from now on.",
        UnknownLanguage: "Languages: `ar`, `en`, `fr`. Example: `lang en`",
        Failed: "Sorry, the answer could not be prepared just now. Please try again in a moment.",
        FollowUps: "Follow up on an answer without naming the resolution again: \"and paragraph 8?\", \"what did it ask the Secretary-General?\", \"the whole resolution\", \"in French please\".",
        OpenQuote: "“",
        CloseQuote: "”");

    private static readonly ConversationTexts French = new(
        LanguageName: "Français",
        AuthoritativeArabic: "Texte arabe faisant foi",
        WholeResolution: "Résolution entière",
        More: "Suite",
        Authoritative: "texte faisant foi",
        Translation: "traduction non officielle",
        MachineTranslation: "traduction automatique non officielle",
        OtherLanguage: "version française indisponible ; citée d'une autre version linguistique",
        SubscribeToTopic: "S'abonner à ce sujet",
        LanguageSet: "Je vous répondrai désormais en français.",
        UnknownLanguage: "Langues : `ar`, `en`, `fr`. Exemple : `lang fr`",
        Failed: "Désolé, la réponse n'a pas pu être préparée. Réessayez dans un instant.",
        FollowUps: "Poursuivez sur une réponse sans renommer la résolution : « et le paragraphe 8 ? », « que demande-t-elle au Secrétaire général ? », « la résolution entière », « en arabe s'il vous plaît ».",
        OpenQuote: "« ",
        CloseQuote: " »");

    private static readonly ConversationTexts Arabic = new(
        LanguageName: "العربية",
        AuthoritativeArabic: "النص العربي المعتمد",
        WholeResolution: "القرار كاملاً",
        More: "المزيد",
        Authoritative: "النص المعتمد",
        Translation: "ترجمة غير رسمية",
        MachineTranslation: "ترجمة آلية غير رسمية",
        OtherLanguage: "النص العربي غير متوفر؛ مقتبس من نسخة لغوية أخرى",
        SubscribeToTopic: "اشترك في هذا الموضوع",
        LanguageSet: "سأجيبك من الآن بالعربية.",
        UnknownLanguage: "اللغات المتاحة: `ar` و`en` و`fr`. مثال: `lang ar`",
        Failed: "عذراً، تعذّر إعداد الإجابة الآن. يرجى المحاولة مرة أخرى بعد قليل.",
        FollowUps: "تابع الإجابة دون تسمية القرار من جديد: «ماذا عن الفقرة 8؟»، «وماذا طلب من الأمين العام؟»، «القرار كاملاً»، «بالفرنسية من فضلك».",
        OpenQuote: "«",
        CloseQuote: "»");
}
