using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResBot.Knowledge.Decoding;

/// <summary>
/// What a paragraph or run inherits from styles.xml: numbering, direction and bold, through w:basedOn chains and
/// the document defaults. Direct formatting wins over the run's character style, which wins over the paragraph
/// style, which wins over w:docDefaults (ECMA-376 17.7.2, style hierarchy).
/// </summary>
internal sealed class WordStyles
{
    private const int MaxDepth = 16;

    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyle;
    private readonly OpenXmlElement? _defaultParagraph;
    private readonly OpenXmlElement? _defaultRun;

    public WordStyles(Styles? styles)
    {
        if (styles is null)
            return;
        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id)
                _styles.TryAdd(id, style);
            if (style.Default?.Value == true && style.Type?.Value == StyleValues.Paragraph)
                _defaultParagraphStyle ??= style.StyleId?.Value;
        }
        var defaults = styles.DocDefaults;
        _defaultParagraph = defaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle;
        _defaultRun = defaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
    }

    /// <summary>The numbering a paragraph style gives its paragraphs: (numId, ilvl when the style names one).</summary>
    public (int NumId, int? Level)? NumberingOf(string? paragraphStyle)
    {
        foreach (var style in Chain(paragraphStyle ?? _defaultParagraphStyle))
        {
            if (style.StyleParagraphProperties?.NumberingProperties is { } numPr && numPr.NumberingId?.Val?.Value is { } numId)
                return (numId, numPr.NumberingLevelReference?.Val?.Value);
        }
        return null;
    }

    /// <summary>The numId a numbering style (w:type="numbering") stands for.</summary>
    public int? NumIdOfStyle(string styleId) =>
        _styles.TryGetValue(styleId, out var style) ? style.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value : null;

    public bool IsRightToLeft(ParagraphProperties? direct)
    {
        if (OnOff(direct?.BiDi) is { } own)
            return own;
        foreach (var style in Chain(direct?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle))
        {
            if (OnOff(style.StyleParagraphProperties?.BiDi) is { } inherited)
                return inherited;
        }
        return OnOff(_defaultParagraph?.GetFirstChild<BiDi>()) ?? false;
    }

    /// <summary>
    /// Whether the run prints bold. Arabic and other complex-script text is bolded by w:bCs, Latin text by w:b, so
    /// the run's script picks which one counts (w:b stands in when a complex run has no w:bCs, as LibreOffice writes it).
    /// </summary>
    public bool IsBold(Run run, string? paragraphStyle, bool complexScript)
    {
        var direct = run.RunProperties;
        if (Bold(direct, complexScript) is { } own)
            return own;
        foreach (var style in Chain(direct?.RunStyle?.Val?.Value))
        {
            if (Bold(style.StyleRunProperties, complexScript) is { } character)
                return character;
        }
        foreach (var style in Chain(paragraphStyle ?? _defaultParagraphStyle))
        {
            if (Bold(style.StyleRunProperties, complexScript) is { } paragraph)
                return paragraph;
        }
        return Bold(_defaultRun, complexScript) ?? false;
    }

    private static bool? Bold(OpenXmlElement? properties, bool complexScript)
    {
        if (properties is null)
            return null;
        var latin = OnOff(properties.GetFirstChild<Bold>());
        return complexScript ? OnOff(properties.GetFirstChild<BoldComplexScript>()) ?? latin : latin;
    }

    /// <summary>An on/off property: absent → unknown; present without w:val → on (ECMA-376 17.17.4).</summary>
    private static bool? OnOff(OnOffType? property) => property is null ? null : property.Val?.Value ?? true;

    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < MaxDepth && _styles.TryGetValue(styleId, out var style); depth++)
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }
}
