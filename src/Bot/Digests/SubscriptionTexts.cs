using ResBot.Knowledge.Answers;
using ResBot.Bot.Storage;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Digests;

/// <summary>What subscription commands answer, in the three languages.</summary>
internal static class SubscriptionTexts
{
    private const string Example = "subscribe cybersecurity at 08:00 Europe/Paris en";

    public static string Subscribed(Subscription s, DateTimeOffset next, TimeZoneInfo zone, Language language)
    {
        var topic = DigestTexts.Quoted(s.Topic, language);
        var at = s.LocalTime.ToString("HH:mm");
        var moment = DigestTexts.Moment(next, zone, language);
        return language switch
        {
            Language.Ar => $"تم الاشتراك رقم {s.Id} في {topic}: موجز يومي في الساعة {at} ({zone.Id}) باللغة {AnswerTexts.LanguageName(s.Language, language)}"
                + (s.Always ? "، حتى في الأيام التي لا جديد فيها" : "") + $". الموجز القادم: {moment}. للإلغاء: إلغاء الاشتراك {s.Id}",
            Language.Fr => $"Abonnement n° {s.Id} à {topic} : un résumé par jour à {at} ({zone.Id}), en {AnswerTexts.LanguageName(s.Language, language)}"
                + (s.Always ? ", même les jours sans nouveauté" : "") + $". Prochain résumé : {moment}. Pour arrêter : désabonner {s.Id}",
            _ => $"Subscribed (#{s.Id}) to {topic}: one digest a day at {at} ({zone.Id}) in {AnswerTexts.LanguageName(s.Language, language)}"
                + (s.Always ? ", even on days with nothing new" : "") + $". Next digest: {moment}. To stop: unsubscribe {s.Id}",
        };
    }

    public static string Line(Subscription s, DateTimeOffset next, TimeZoneInfo zone, Language language)
    {
        var head = $"#{s.Id} {DigestTexts.Quoted(s.Topic, language)} — {s.LocalTime:HH:mm} {zone.Id}, {s.Language.Code()}";
        return language switch
        {
            Language.Ar => head + (s.Always ? "، دائمًا" : "") + (s.Paused ? $" — موقوف ({s.PausedReason})" : $" — القادم: {DigestTexts.Moment(next, zone, language)}"),
            Language.Fr => head + (s.Always ? ", toujours" : "") + (s.Paused ? $" — en pause ({s.PausedReason})" : $" — prochain : {DigestTexts.Moment(next, zone, language)}"),
            _ => head + (s.Always ? ", always" : "") + (s.Paused ? $" — paused ({s.PausedReason})" : $" — next: {DigestTexts.Moment(next, zone, language)}"),
        };
    }

    public static string List(IReadOnlyList<string> lines, Language language) => lines.Count == 0
        ? language switch
        {
            Language.Ar => "لا اشتراكات في هذه المحادثة. مثال: اشترك الأمن السيبراني الساعة 08:00 Asia/Riyadh ar",
            Language.Fr => "Aucun abonnement dans cette conversation. Exemple : abonner cybersécurité à 08:00 Europe/Paris fr",
            _ => $"No subscriptions in this conversation. Example: {Example}",
        }
        : language switch
        {
            Language.Ar => "الاشتراكات في هذه المحادثة:\n",
            Language.Fr => "Abonnements de cette conversation :\n",
            _ => "Subscriptions in this conversation:\n",
        } + string.Join('\n', lines);

    public static string Unsubscribed(Subscription s, Language language) => language switch
    {
        Language.Ar => $"تم إلغاء الاشتراك رقم {s.Id} ({DigestTexts.Quoted(s.Topic, language)}).",
        Language.Fr => $"Désabonnement fait : n° {s.Id} ({DigestTexts.Quoted(s.Topic, language)}).",
        _ => $"Unsubscribed #{s.Id} ({DigestTexts.Quoted(s.Topic, language)}).",
    };

    public static string NoSuchSubscription(long id, Language language) => language switch
    {
        Language.Ar => $"لا يوجد اشتراك رقم {id} في هذه المحادثة. أرسل «الاشتراكات» لعرضها.",
        Language.Fr => $"Il n’y a pas d’abonnement n° {id} dans cette conversation. Envoyez « abonnements » pour les voir.",
        _ => $"There is no subscription #{id} in this conversation. Send “subscriptions” to see them.",
    };

    public static string Problem(SubscriptionProblem problem, string? detail, Language language) => (problem, language) switch
    {
        (SubscriptionProblem.MissingTopic, Language.Ar) => "في أي موضوع؟ مثال: اشترك الأمن السيبراني الساعة 08:00 Asia/Riyadh ar",
        (SubscriptionProblem.MissingTopic, Language.Fr) => "Sur quel sujet ? Exemple : abonner cybersécurité à 08:00 Europe/Paris fr",
        (SubscriptionProblem.MissingTopic, _) => $"Which topic? Example: {Example}",
        (SubscriptionProblem.BadTime, Language.Ar) => $"«{detail}» ليس وقتًا صالحًا؛ اكتبه بالشكل HH:MM، مثل 08:00.",
        (SubscriptionProblem.BadTime, Language.Fr) => $"« {detail} » n’est pas une heure ; écrivez-la HH:MM, par exemple 08:00.",
        (SubscriptionProblem.BadTime, _) => $"“{detail}” is not a time of day; write it as HH:MM, e.g. 08:00.",
        (SubscriptionProblem.UnknownTimeZone, Language.Ar) => $"لا أعرف المنطقة الزمنية «{detail}». استخدم اسمًا من قاعدة IANA مثل Asia/Riyadh أو Europe/Paris.",
        (SubscriptionProblem.UnknownTimeZone, Language.Fr) => $"Fuseau horaire inconnu : « {detail} ». Utilisez un nom IANA comme Europe/Paris ou Africa/Dakar.",
        (SubscriptionProblem.UnknownTimeZone, _) => $"Unknown time zone “{detail}”. Use an IANA name such as Europe/Paris or America/New_York.",
        (SubscriptionProblem.TopicTooLong, Language.Ar) => $"الموضوع طويل جدًا: {detail} حرفًا على الأكثر. اكتب بضع كلمات، مثل: اشترك الأمن السيبراني",
        (SubscriptionProblem.TopicTooLong, Language.Fr) => $"Sujet trop long : {detail} caractères au plus. Quelques mots suffisent, par exemple : abonner cybersécurité",
        (SubscriptionProblem.TopicTooLong, _) => $"That topic is too long: {detail} characters at most. A few words will do, e.g. subscribe cybersecurity",
        (_, Language.Ar) => "أي اشتراك؟ مثال: إلغاء الاشتراك 3 (أرسل «الاشتراكات» لمعرفة الأرقام).",
        (_, Language.Fr) => "Quel abonnement ? Exemple : désabonner 3 (envoyez « abonnements » pour voir les numéros).",
        _ => "Which subscription? Example: unsubscribe 3 (send “subscriptions” to see the numbers).",
    };
}
