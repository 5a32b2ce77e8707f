using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Understanding;

/// <summary>What <see cref="FollowUpReader"/> read: whether a message follows up the last answer, and how.</summary>
/// <param name="Language">For <see cref="FollowUpKind.InLanguage"/>, the language asked for.</param>
public sealed record FollowUp(FollowUpKind Kind, Language? Language = null)
{
    public static readonly FollowUp None = new(FollowUpKind.None);
}
