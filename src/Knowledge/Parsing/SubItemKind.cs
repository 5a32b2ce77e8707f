namespace ResBot.Knowledge.Parsing;

/// <summary>How a sub-item's label was printed: a letter, a roman numeral, or one that could be either.</summary>
public enum SubItemKind
{
    Letter,
    Roman,
    Either,
}
