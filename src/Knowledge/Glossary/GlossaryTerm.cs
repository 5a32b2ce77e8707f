namespace ResBot.Knowledge.Glossary;

/// <summary>A body, an addressee or a topic, with its spellings in each language.</summary>
/// <param name="Id">Stable id used across languages: "COMIAC", "MemberStates", "cybersecurity".</param>
/// <param name="Kind">"body", "addressee", "topic" or "place" (a city or a country).</param>
public sealed record GlossaryTerm(string Id, string Kind, IReadOnlyDictionary<Model.Language, IReadOnlyList<string>> Variants)
{
    public bool IsBody => Kind.Equals("body", StringComparison.OrdinalIgnoreCase);

    /// <summary>A city or a country: where a meeting was held says little of what a paragraph is about.</summary>
    public bool IsPlace => Kind.Equals("place", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name to show a user in a given language: the first variant, else the id.</summary>
    public string DisplayName(Model.Language language) =>
        Variants.TryGetValue(language, out var names) && names.Count > 0 ? names[0] : Id;
}
