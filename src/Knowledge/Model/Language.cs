namespace ResBot.Knowledge.Model;

/// <summary>The three first-class languages of ResBot.</summary>
public enum Language
{
    Ar,
    En,
    Fr,
}

public static class LanguageCodes
{
    public static readonly IReadOnlyList<Language> All = [Language.Ar, Language.En, Language.Fr];

    /// <summary>The ISO 639-1 code: "ar", "en", "fr".</summary>
    public static string Code(this Language language) => language switch
    {
        Language.Ar => "ar",
        Language.En => "en",
        Language.Fr => "fr",
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    public static bool IsRightToLeft(this Language language) => language == Language.Ar;

    /// <summary>Reads "ar", "en", "fr" and BCP 47 locales such as "fr-FR" or "ar-SA".</summary>
    public static bool TryParse(string? value, out Language language)
    {
        language = Language.En;
        if (string.IsNullOrWhiteSpace(value))
            return false;
        var primary = value.Trim().Split('-', '_')[0].ToLowerInvariant();
        switch (primary)
        {
            case "ar": language = Language.Ar; return true;
            case "en": language = Language.En; return true;
            case "fr": language = Language.Fr; return true;
            default: return false;
        }
    }
}
