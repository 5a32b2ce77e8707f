namespace ResBot.Knowledge.Understanding;

/// <summary>How a message relates to the answer before it in the same conversation.</summary>
public enum FollowUpKind
{
    /// <summary>A question of its own: it names a resolution, or nothing ties it to the last answer.</summary>
    None,

    /// <summary>A question about the last answer's resolutions ("and paragraph 8?", "what did it ask the Secretary-General?").</summary>
    AboutPrevious,

    /// <summary>"The whole resolution": all of the last answer's resolution.</summary>
    WholeResolution,

    /// <summary>"In French please": the last answer's clauses again, in <see cref="FollowUp.Language"/>.</summary>
    InLanguage,
}
