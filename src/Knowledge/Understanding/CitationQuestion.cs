namespace ResBot.Knowledge.Understanding;

/// <summary>Whether a question is about the references between resolutions.</summary>
public enum CitationQuestion
{
    None,

    /// <summary>"Which earlier resolutions does 38/4 build on?", "ما القرارات السابقة التي يستند إليها القرار 38/4؟"</summary>
    EarlierResolutions,

    /// <summary>"What followed 37/3?", "Which resolutions build on 37/3?", "quelles résolutions ont suivi la 37/3 ?"</summary>
    LaterResolutions,
}
