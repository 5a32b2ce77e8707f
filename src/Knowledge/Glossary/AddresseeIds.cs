using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Glossary;

/// <summary>
/// The glossary ids of the addressees: each <see cref="Addressee"/> flag is named like its glossary entry
/// ("MemberStates", "Media"); a named body is its own id, so <see cref="Addressee.NamedBody"/> has none.
/// </summary>
public static class AddresseeIds
{
    /// <summary>The addressee a glossary id names, or <see cref="Addressee.None"/> for any other id (a body included).</summary>
    public static Addressee Parse(string termId) =>
        termId.Length > 0 && !char.IsAsciiDigit(termId[0]) && Enum.TryParse<Addressee>(termId, out var addressee) && Enum.IsDefined(addressee)
        && addressee is not (Addressee.None or Addressee.NamedBody) ? addressee : Addressee.None;

    /// <summary>The glossary ids of the addressees flagged.</summary>
    public static IEnumerable<string> Of(Addressee addressee) =>
        Enum.GetValues<Addressee>().Where(a => a is not (Addressee.None or Addressee.NamedBody) && addressee.HasFlag(a)).Select(a => a.ToString());
}
