namespace ResBot.Knowledge.Model;

public enum ParagraphKind
{
    Preambular,
    Operative,
}

public static class ParagraphKindNames
{
    /// <summary>The name used in the JSON contract: "preambular" or "operative".</summary>
    public static string Name(this ParagraphKind kind) => kind == ParagraphKind.Operative ? "operative" : "preambular";
}
