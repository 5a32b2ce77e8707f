using DocumentFormat.OpenXml.Wordprocessing;

namespace ResBot.Knowledge.Decoding;

/// <summary>
/// Word auto-numbering replayed: the labels ("5.", "(a)", "(أ)", "1-") Word prints before numbered paragraphs,
/// which are not in the paragraph text. Feed it the paragraphs' (numId, ilvl) in document order.
/// </summary>
/// <remarks>
/// Counters live per abstract numbering definition, not per w:num: Word continues a list across w:num instances
/// sharing one abstractNum and restarts only where a w:num says so with a startOverride (its "Restart at 1").
/// </remarks>
internal sealed class WordNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Func<string, int?> _numIdOfStyle;
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _started = [];

    /// <param name="numbering">numbering.xml's root, or null when the document has none.</param>
    /// <param name="numIdOfStyle">The numId a numbering style carries, for abstractNums that only link to one (w:numStyleLink).</param>
    public WordNumbering(Numbering? numbering, Func<string, int?>? numIdOfStyle = null)
    {
        _numIdOfStyle = numIdOfStyle ?? (_ => null);
        if (numbering is null)
            return;
        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is { } id)
                _abstracts[id] = abstractNum;
        }
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is { } id)
                _instances[id] = instance;
        }
    }

    /// <summary>
    /// Advances the list of <paramref name="numId"/> at <paramref name="level"/> and returns the label to print,
    /// "•" for bullets; null when the paragraph is not numbered after all (numId 0 or unknown, or a level that prints nothing).
    /// </summary>
    public string? Next(int numId, int level)
    {
        level = Math.Clamp(level, 0, Levels - 1);
        if (numId == 0 || !_instances.TryGetValue(numId, out var instance) || AbstractOf(instance) is not { } abstractNum)
            return null;
        var abstractId = abstractNum.AbstractNumberId!.Value;
        var counters = CountersOf(abstractId);

        if (_started.Add(numId))
        {
            foreach (var levelOverride in instance.Elements<LevelOverride>())
            {
                if (levelOverride.StartOverrideNumberingValue is not null && levelOverride.LevelIndex?.Value is { } overridden && overridden < Levels)
                    counters[overridden] = null;
            }
        }

        var definitions = new Level?[Levels];
        for (var i = 0; i < Levels; i++)
            definitions[i] = LevelOf(instance, abstractNum, i);

        counters[level] = counters[level] is { } current ? current + 1 : StartOf(instance, definitions[level], level);
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            // w:lvlRestart names the (1-based) level whose use restarts this one; 0 means never. By default any higher level does.
            var restartAfter = definitions[deeper]?.LevelRestart?.Val?.Value ?? deeper;
            if (level < restartAfter)
                counters[deeper] = null;
        }

        return Label(instance, definitions, counters, level);
    }

    /// <summary>The level of <paramref name="numId"/>'s list that a paragraph style is bound to (w:lvl/w:pStyle), as heading styles are.</summary>
    public int? LevelOfStyle(int numId, string styleId)
    {
        if (!_instances.TryGetValue(numId, out var instance) || AbstractOf(instance) is not { } abstractNum)
            return null;
        return abstractNum.Elements<Level>().FirstOrDefault(l => l.ParagraphStyleIdInLevel?.Val?.Value == styleId)?.LevelIndex?.Value;
    }

    private string? Label(NumberingInstance instance, Level?[] definitions, int?[] counters, int level)
    {
        var definition = definitions[level];
        var format = definition?.NumberingFormat?.Val?.InnerText ?? "decimal";
        if (format == "bullet")
            return "•";
        var text = definition?.LevelText?.Val?.Value ?? $"%{level + 1}.";
        var legal = definition?.IsLegalNumberingStyle is { } isLgl && (isLgl.Val?.Value ?? true);
        var label = new System.Text.StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var shown = text[++i] - '1';
                var value = counters[shown] ?? StartOf(instance, definitions[shown], shown);
                var shownFormat = definitions[shown]?.NumberingFormat?.Val?.InnerText ?? "decimal";
                // w:isLgl ("legal numbering") prints every level's counter in decimal: "2.1" rather than "II.a".
                label.Append(ListNumberFormat.Word(legal && shown < level ? "decimal" : shownFormat, value));
            }
            else
            {
                label.Append(text[i]);
            }
        }
        var result = label.ToString().Trim();
        return result.Length == 0 ? null : result;
    }

    private int?[] CountersOf(int abstractId)
    {
        if (!_counters.TryGetValue(abstractId, out var counters))
            _counters[abstractId] = counters = new int?[Levels];
        return counters;
    }

    private AbstractNum? AbstractOf(NumberingInstance instance, int depth = 0)
    {
        if (instance.AbstractNumId?.Val?.Value is not { } id || !_abstracts.TryGetValue(id, out var abstractNum))
            return null;
        // A list style's abstractNum holds no levels, only a link to the style whose numId names the real definition.
        if (depth < 4 && abstractNum.GetFirstChild<NumberingStyleLink>()?.Val?.Value is { } style
            && _numIdOfStyle(style) is { } linked && _instances.TryGetValue(linked, out var target) && target != instance)
            return AbstractOf(target, depth + 1) ?? abstractNum;
        return abstractNum;
    }

    private static Level? LevelOf(NumberingInstance instance, AbstractNum abstractNum, int level)
    {
        var levelOverride = instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level);
        return levelOverride?.GetFirstChild<Level>()
            ?? abstractNum.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
    }

    /// <summary>ECMA-376 17.9.25: a level without w:start starts at 0.</summary>
    private static int StartOf(NumberingInstance instance, Level? definition, int level)
    {
        var levelOverride = instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level);
        return levelOverride?.StartOverrideNumberingValue?.Val?.Value
            ?? definition?.StartNumberingValue?.Val?.Value
            ?? 0;
    }
}
