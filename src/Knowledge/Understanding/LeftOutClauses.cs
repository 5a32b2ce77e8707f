using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Understanding;

/// <summary>
/// The clauses a question leaves out (<see cref="ExceptCue"/>): those addressed to no one but <see cref="Addressee"/>
/// ("besides member States, whom …"), and those opening with one of <see cref="Actions"/> ("as opposed to merely
/// encouraging them").
/// </summary>
public sealed record LeftOutClauses(Addressee Addressee, IReadOnlyList<OperativeAction> Actions)
{
    public static readonly LeftOutClauses None = new(Addressee.None, []);

    public bool Excludes(Paragraph paragraph) =>
        Actions.Contains(paragraph.Action)
        || (Addressee != Addressee.None && (paragraph.Addressees & Addressee) != 0 && (paragraph.Addressees & ~Addressee) == Addressee.None);
}
