using ResBot.Knowledge.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Digests;

/// <summary>
/// Reads `subscribe &lt;topic&gt; [at HH:MM] [&lt;IANA time zone&gt;] [ar|en|fr] [always]`, `subscriptions`, `unsubscribe &lt;id&gt;`
/// and their Arabic and French forms. Options come after the topic, in any order. Pure: no store, no clock.
/// </summary>
public static partial class SubscriptionCommandParser
{
    private enum Verb { Subscribe, List, Unsubscribe }

    // Longest phrases first, so "se désabonner" wins over a shorter prefix.
    private static readonly (string Phrase, Verb Verb, Language Language)[] Verbs =
    [
        ("إلغاء الاشتراك", Verb.Unsubscribe, Language.Ar),
        ("الغاء الاشتراك", Verb.Unsubscribe, Language.Ar),
        ("se désabonner", Verb.Unsubscribe, Language.Fr),
        ("se desabonner", Verb.Unsubscribe, Language.Fr),
        ("unsubscribe", Verb.Unsubscribe, Language.En),
        ("désabonner", Verb.Unsubscribe, Language.Fr),
        ("desabonner", Verb.Unsubscribe, Language.Fr),
        ("subscriptions", Verb.List, Language.En),
        ("abonnements", Verb.List, Language.Fr),
        ("الاشتراكات", Verb.List, Language.Ar),
        ("اشتراكاتي", Verb.List, Language.Ar),
        ("subscribe", Verb.Subscribe, Language.En),
        ("s'abonner", Verb.Subscribe, Language.Fr),
        ("s’abonner", Verb.Subscribe, Language.Fr),
        ("abonner", Verb.Subscribe, Language.Fr),
        ("اشترك", Verb.Subscribe, Language.Ar),
    ];

    private static readonly HashSet<string> AlwaysWords = new(["always", "toujours", "دائما", "دائمًا", "دائماً"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> AtWords = new(["at", "à", "a", "الساعة", "في"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The command, or null when the text is not a subscription command at all (an ordinary question).</summary>
    public static SubscriptionCommand? Parse(string? text)
    {
        var normalized = Normalize(text);
        foreach (var (phrase, verb, language) in Verbs)
        {
            if (!StartsWithWord(normalized, phrase))
                continue;
            var arguments = normalized[phrase.Length..].Trim();
            return verb switch
            {
                Verb.List => arguments.Length == 0 ? new SubscriptionCommand.List(language) : null,
                Verb.Unsubscribe => ParseUnsubscribe(arguments, language),
                _ => ParseSubscribe(arguments, language),
            };
        }
        return null;
    }

    private static SubscriptionCommand ParseUnsubscribe(string arguments, Language language) =>
        long.TryParse(arguments.TrimStart('#', '№').Replace("n°", "", StringComparison.OrdinalIgnoreCase).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new SubscriptionCommand.Unsubscribe(language, id)
            : new SubscriptionCommand.Invalid(language, SubscriptionProblem.MissingId);

    private static SubscriptionCommand ParseSubscribe(string arguments, Language language)
    {
        var tokens = arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        TimeOnly? at = null;
        string? zone = null;
        Language? digestLanguage = null;
        var always = false;

        // Options are read from the end; the first word that is not one ends them, and the rest is the topic.
        while (tokens.Count > 0)
        {
            var last = tokens[^1];
            if (AlwaysWords.Contains(last) && !always)
                always = true;
            else if (last.Length == 2 && digestLanguage is null && LanguageCodes.TryParse(last, out var code))
                digestLanguage = code;
            else if (zone is null && LooksLikeTimeZone(last))
            {
                if (!DigestSchedule.TryFindZone(last, out var found))
                    return new SubscriptionCommand.Invalid(language, SubscriptionProblem.UnknownTimeZone, last);
                zone = found.Id;
            }
            else if (at is null && TimeOfDay().Match(last) is { Success: true } time)
            {
                var hour = int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture);
                var minute = int.Parse(time.Groups["m"].Value, CultureInfo.InvariantCulture);
                if (hour > 23 || minute > 59)
                    return new SubscriptionCommand.Invalid(language, SubscriptionProblem.BadTime, last);
                at = new TimeOnly(hour, minute);
                if (tokens.Count > 1 && AtWords.Contains(tokens[^2]))
                    tokens.RemoveAt(tokens.Count - 1);
            }
            else if (at is null && tokens.Count > 1 && AtWords.Contains(tokens[^2]) && last.Any(char.IsAsciiDigit))
                return new SubscriptionCommand.Invalid(language, SubscriptionProblem.BadTime, last);
            else
                break;
            tokens.RemoveAt(tokens.Count - 1);
        }

        var topic = string.Join(' ', tokens).Trim().Trim('"', '\'', '“', '”', '«', '»', '‘', '’').Trim();
        if (topic.Length > MaxTopicLength)
            return new SubscriptionCommand.Invalid(language, SubscriptionProblem.TopicTooLong, MaxTopicLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return topic.Length == 0
            ? new SubscriptionCommand.Invalid(language, SubscriptionProblem.MissingTopic)
            : new SubscriptionCommand.Subscribe(language, topic, at, zone, digestLanguage, always);
    }

    /// <summary>
    /// Topics are a few words; a longer one (a pasted document) would blow up every digest card it heads
    /// (a 30,000-character topic made a 61 KB Teams card).
    /// </summary>
    public const int MaxTopicLength = 200;

    /// <summary>"Europe/Paris", "America/Argentina/Buenos_Aires", "UTC" — and not a resolution series such as "38/*".</summary>
    private static bool LooksLikeTimeZone(string token) =>
        token.Equals("UTC", StringComparison.OrdinalIgnoreCase) || IanaZoneName().IsMatch(token);

    private static bool StartsWithWord(string text, string phrase) =>
        text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
        && (text.Length == phrase.Length || char.IsWhiteSpace(text[phrase.Length]));

    /// <summary>Trims, drops a leading "/resbot", and reads Arabic-Indic digits as ASCII ("٠٨:٣٠" is 08:30).</summary>
    private static string Normalize(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.StartsWith("/resbot", StringComparison.OrdinalIgnoreCase))
            trimmed = trimmed["/resbot".Length..].TrimStart();
        // "٠٨:٣٠" and a full-width colon are typed as often as "08:30".
        return TextNormalizer.ToAsciiDigits(trimmed).Replace('：', ':');
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})[:h](?<m>\d{2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z_\-+0-9]*(/[A-Za-z0-9_\-+]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex IanaZoneName();
}
