using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Answers;

/// <summary>How many preambular and operative clauses an answer quotes: what its lead says it quotes.</summary>
public readonly record struct ClauseCount(int Preambular, int Operative)
{
    public int Total => Preambular + Operative;

    public static ClauseCount Of(IEnumerable<Paragraph> paragraphs)
    {
        var (preambular, operative) = (0, 0);
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Kind == ParagraphKind.Preambular)
                preambular++;
            else
                operative++;
        }
        return new ClauseCount(preambular, operative);
    }

    public static ClauseCount Of(IEnumerable<(Resolution Resolution, Paragraph Paragraph)> clauses) => Of(clauses.Select(c => c.Paragraph));
}
