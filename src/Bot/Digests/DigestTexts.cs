using ResBot.Knowledge.Answers;
using System.Globalization;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Digests;

/// <summary>Every sentence digests and subscription commands say, in the three languages.</summary>
internal static class DigestTexts
{
    // ar-EG: Arabic with the Gregorian calendar (ar-SA formats dates in the Hijri calendar by default).
    public static CultureInfo Culture(Language language) => CultureInfo.GetCultureInfo(language switch
    {
        Language.Ar => "ar-EG",
        Language.Fr => "fr-FR",
        _ => "en-GB",
    });

    public static string Date(DateOnly date, Language language) =>
        date.ToString("d MMMM yyyy", Culture(language));

    /// <summary>"Sunday 29 March 2026, 08:00 (Europe/Paris)".</summary>
    public static string Moment(DateTimeOffset instant, TimeZoneInfo zone, Language language)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return $"{local.ToString("dddd d MMMM yyyy, HH:mm", Culture(language))} ({zone.Id})";
    }

    public static string Title(DateOnly date, Language language) => language switch
    {
        Language.Ar => $"الموجز اليومي — {Date(date, language)}",
        Language.Fr => $"Résumé quotidien — {Date(date, language)}",
        _ => $"Daily digest — {Date(date, language)}",
    };

    public static string Quoted(string topic, Language language) => language switch
    {
        Language.Ar => $"«{topic}»",
        Language.Fr => $"« {topic} »",
        _ => $"“{topic}”",
    };

    public static string Heading(string topic, Language language) => TopicSelector.Parse(topic) switch
    {
        { IsAll: true } => language switch
        {
            Language.Ar => "قرارات جديدة",
            Language.Fr => "Nouvelles résolutions",
            _ => "New resolutions",
        },
        { SessionPrefix: { } session } => language switch
        {
            Language.Ar => $"جديد في قرارات الدورة {session}",
            Language.Fr => $"Nouveau dans les résolutions {session}/*",
            _ => $"New in resolutions {session}/*",
        },
        _ => language switch
        {
            Language.Ar => $"جديد عن {Quoted(topic, language)}",
            Language.Fr => $"Nouveau sur {Quoted(topic, language)}",
            _ => $"New on {Quoted(topic, language)}",
        },
    };

    public static string NothingNew(string topic, Language language) => language switch
    {
        Language.Ar => $"لا جديد اليوم عن {Quoted(topic, language)}. فقرة ذات صلة:",
        Language.Fr => $"Rien de nouveau aujourd’hui sur {Quoted(topic, language)}. Une disposition pertinente :",
        _ => $"Nothing new today on {Quoted(topic, language)}. A relevant clause:",
    };

    public static string MoreNextTime(int count, Language language) => language switch
    {
        Language.Ar => $"و{count} فقرة جديدة أخرى في الموجز القادم.",
        Language.Fr => $"{count} autre(s) paragraphe(s) nouveau(x) dans le prochain résumé.",
        _ => $"{count} more new paragraph(s) in the next digest.",
    };

    public static string AskMore(string topic, Language language) => TopicSelector.Parse(topic) switch
    {
        { IsAll: true } => language switch
        {
            Language.Ar => "ما هي أحدث القرارات؟",
            Language.Fr => "Quelles sont les dernières résolutions ?",
            _ => "What are the latest resolutions?",
        },
        _ => topic,
    };

    public static string TextIn(Language shown, Language language) => language switch
    {
        Language.Ar => $"(النص {AnswerTexts.LanguageAdjective(shown, language)})",
        Language.Fr => $"(texte {AnswerTexts.LanguageAdjective(shown, language)})",
        _ => $"({AnswerTexts.LanguageAdjective(shown, language)} text)",
    };

    /// <summary>The "ask more" button: at most 75 characters (Slack's button limit).</summary>
    public static string AskMoreButton(string topic, Language language)
    {
        var label = language switch
        {
            Language.Ar => $"اسأل عن {Quoted(topic, language)}",
            Language.Fr => $"Demander sur {Quoted(topic, language)}",
            _ => $"Ask about {Quoted(topic, language)}",
        };
        return label.Length <= 75 ? label : label[..74] + "…";
    }
}
