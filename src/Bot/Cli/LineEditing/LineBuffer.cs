using System.Globalization;

namespace ResBot.Bot.Cli.LineEditing;

/// <summary>
/// The line being edited and the cursor in it. The cursor moves and deletes by text element (a grapheme cluster: a
/// letter with its Arabic diacritics, an emoji's surrogate pair, a flag), so no key can split what a reader sees as one
/// character or leave half a surrogate pair in the line.
/// </summary>
internal sealed class LineBuffer
{
    public string Text { get; private set; } = "";

    /// <summary>UTF-16 index, always at the start or end of a text element.</summary>
    public int Cursor { get; private set; }

    public bool AtEnd => Cursor == Text.Length;

    /// <summary>
    /// A key's character at the cursor. A character outside the Basic Multilingual Plane arrives as two keys, its high
    /// surrogate first: until the low one follows, the line ends in half a pair (<see cref="AwaitsLowSurrogate"/>).
    /// </summary>
    public void Insert(char c)
    {
        Text = Text.Insert(Cursor, c.ToString());
        Cursor++;
        // A mark typed after a letter joins the letter's element; the cursor stays after the whole of it.
        if (!char.IsHighSurrogate(c))
            Cursor = Boundaries().First(b => b >= Cursor);
    }

    public bool AwaitsLowSurrogate => Cursor > 0 && char.IsHighSurrogate(Text[Cursor - 1]);

    public void Replace(string text)
    {
        Text = text;
        Cursor = text.Length;
    }

    public bool Left() => Move(Previous());

    public bool Right() => Move(Next());

    public bool Home() => Move(0);

    public bool End() => Move(Text.Length);

    public bool Backspace()
    {
        var start = Previous();
        if (start == Cursor)
            return false;
        Text = Text.Remove(start, Cursor - start);
        Cursor = start;
        return true;
    }

    public bool Delete()
    {
        var end = Next();
        if (end == Cursor)
            return false;
        Text = Text.Remove(Cursor, end - Cursor);
        return true;
    }

    private bool Move(int to)
    {
        var moved = to != Cursor;
        Cursor = to;
        return moved;
    }

    private int Previous() => Boundaries().LastOrDefault(b => b < Cursor, Cursor);

    private int Next() => Boundaries().FirstOrDefault(b => b > Cursor, Cursor);

    /// <summary>Where text elements start, and the end of the text; lines typed at a prompt are short enough to walk.</summary>
    private IEnumerable<int> Boundaries()
    {
        var index = 0;
        while (index < Text.Length)
        {
            yield return index;
            index += StringInfo.GetNextTextElementLength(Text, index);
        }
        yield return Text.Length;
    }
}
