using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ResBot.Knowledge.Decoding;

/// <summary>
/// Web page copies (.html, .htm): the page's content as one block per paragraph, list item, heading or table row,
/// with the page furniture around a resolution (navigation, breadcrumbs, share buttons, cookie banners, footers,
/// sidebars, wiki "[edit]" links, scripts) left out. Ordered-list numbers are put back as a browser prints them,
/// since the reader needs "1." where the markup only says &lt;li&gt;.
/// </summary>
public sealed partial class HtmlDecoder : IDocumentDecoder
{
    /// <summary>Share of the page's text an element must hold to be taken for the content, or never dropped as furniture.</summary>
    private const double MostOfTheText = 0.5;

    private static readonly HashSet<string> Dropped =
    [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "iframe",
        "svg", "select", "textarea", "input", "object", "embed", "canvas", "head", "title",
    ];

    private static readonly HashSet<string> FurnitureWords =
    [
        "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "share", "sharing", "social",
        "cookie", "cookies", "footer", "sidebar", "toc", "editsection", "catlinks", "printfooter",
    ];

    private static readonly HashSet<string> FurnitureRoles = ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"];

    private static readonly HashSet<string> BlockElements =
    [
        "address", "article", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "legend", "main", "p", "section",
        "summary", "caption", "html", "header",
    ];

    public string Format => "html";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public bool Sniffs(ReadOnlySpan<byte> head)
    {
        var (encoding, bom) = Bom(head);
        var text = (encoding ?? Encoding.UTF8).GetString(head[bom..]);
        var start = SkipComments(text.AsSpan().TrimStart());
        if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            return true;
        return start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && start.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    public DecodeResult Decode(byte[] bytes)
    {
        var document = new HtmlParser().ParseDocument(Text(bytes));
        if (document.Body is not { } body)
            return DecodeResult.Failed("the HTML page has no text");
        foreach (var element in body.QuerySelectorAll("script, style, noscript, template, svg, iframe").ToList())
            element.Remove();

        var root = ContentRoot(body);
        var writer = new BlockWriter(StartsRightToLeft(root));
        writer.ReadChildren(root);
        var blocks = writer.Blocks.Select((b, i) => b with { Line = i + 1 }).ToList();
        if (blocks.Count == 0)
            return DecodeResult.Failed("the HTML page has no text");
        return DecodeResult.Decoded(new DecodedDocument("html", ParagraphSpacing.Separate(blocks), ParagraphMarks.Blocks, []));
    }

    /// <summary>Charset from the byte order mark, else the page's own &lt;meta charset&gt;, else UTF-8 (the HTML default).</summary>
    internal static string Text(byte[] bytes)
    {
        var (encoding, bom) = Bom(bytes);
        encoding ??= DeclaredEncoding(bytes) ?? Encoding.UTF8;
        return encoding.GetString(bytes, bom, bytes.Length - bom);
    }

    private static (Encoding? Encoding, int Length) Bom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (null, 0),
    };

    private static Encoding? DeclaredEncoding(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        if (MetaCharset().Match(head) is not { Success: true } match)
            return null;
        var name = match.Groups[1].Value.ToLowerInvariant();
        // WHATWG Encoding: pages labelled Latin-1 or ASCII are decoded as windows-1252; a UTF-16 label without a BOM means UTF-8.
        name = name switch
        {
            "iso-8859-1" or "latin1" or "us-ascii" or "ascii" => "windows-1252",
            "utf-16" or "utf-16le" or "utf-16be" => "utf-8",
            _ => name,
        };
        try
        {
            return System.Text.CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static ReadOnlySpan<char> SkipComments(ReadOnlySpan<char> text)
    {
        while (text.StartsWith("<!--"))
        {
            var end = text.IndexOf("-->");
            if (end < 0)
                return text;
            text = text[(end + 3)..].TrimStart();
        }
        return text;
    }

    /// <summary>&lt;main&gt;, role=main or the largest &lt;article&gt; when it holds most of the page's text; else the whole body.</summary>
    private static IElement ContentRoot(IElement body)
    {
        var total = TextLength(body);
        var candidates = body.QuerySelectorAll("main, [role=main]")
            .Concat(body.QuerySelectorAll("article").OrderByDescending(TextLength));
        return candidates.FirstOrDefault(c => TextLength(c) >= total * MostOfTheText && total > 0) ?? body;
    }

    private static int TextLength(IElement element) => element.TextContent.Count(c => !char.IsWhiteSpace(c));

    private static bool StartsRightToLeft(IElement root)
    {
        for (var element = root; element is not null; element = element.ParentElement)
        {
            if (Direction(element) is { } rightToLeft)
                return rightToLeft;
        }
        return false;
    }

    /// <summary>dir="rtl"/"ltr" on the element, else its lang (Arabic and the other right-to-left languages); null inherits.</summary>
    private static bool? Direction(IElement element)
    {
        var dir = element.GetAttribute("dir")?.Trim().ToLowerInvariant();
        if (dir is "rtl" or "ltr")
            return dir == "rtl";
        var lang = element.GetAttribute("lang") ?? element.GetAttribute("xml:lang");
        if (string.IsNullOrWhiteSpace(lang))
            return null;
        var primary = lang.Split('-', '_')[0].ToLowerInvariant();
        return primary is "ar" or "fa" or "ur" or "he" or "ps";
    }

    /// <summary>Navigation, menus, banners and the like: by tag or ARIA role, which are certain, or by an id or class
    /// word ("main-nav", "share_buttons"), which is a guess: a wrapper named "page-with-sidebar" that holds most of
    /// the text in paragraphs is the content, not furniture.</summary>
    private static bool IsFurniture(IElement element, int contentLength)
    {
        var tag = element.LocalName;
        // An article's own header carries its heading; only the page's banner header is furniture.
        if (tag == "header" && element.Closest("article, main, [role=main]") is not null)
            return false;
        if (Dropped.Contains(tag))
            return true;
        if (element.GetAttribute("role")?.Trim().ToLowerInvariant() is { } role && FurnitureRoles.Contains(role))
            return true;
        var names = $"{element.Id} {element.GetAttribute("class")}";
        if (!NameWords().Split(names).Any(word => FurnitureWords.Contains(word.ToLowerInvariant())))
            return false;
        var holdsTheContent = TextLength(element) >= contentLength * MostOfTheText
            && element.QuerySelectorAll("p, h1, h2, h3, h4, h5, h6").Length >= 2;
        return !holdsTheContent;
    }

    /// <summary>Walks the content, gathering inline text until a block boundary ends a block.</summary>
    private sealed class BlockWriter(bool rightToLeft)
    {
        private readonly StringBuilder _text = new();
        private bool? _startsBold;
        private bool _rightToLeft = rightToLeft;
        private string? _label;
        private int _level;
        private int _listDepth;
        private int _contentLength = -1;

        public List<TextBlock> Blocks { get; } = [];

        public void ReadChildren(IElement element)
        {
            if (_contentLength < 0)
                _contentLength = TextLength(element);
            foreach (var child in element.ChildNodes)
                Read(child, bold: false, pre: false);
        }

        private void Read(INode node, bool bold, bool pre)
        {
            switch (node)
            {
                case IText text:
                    AppendText(text.Data, bold, pre);
                    return;
                case IElement element:
                    ReadElement(element, bold, pre);
                    return;
            }
        }

        private void ReadElement(IElement element, bool bold, bool pre)
        {
            var tag = element.LocalName;
            if (IsFurniture(element, _contentLength))
                return;
            bold = bold || tag is "b" or "strong" || BoldStyle().IsMatch(element.GetAttribute("style") ?? "");
            pre = pre || tag is "pre" or "textarea";

            switch (tag)
            {
                case "br":
                    Flush();
                    return;
                case "ol" or "ul" or "menu":
                    ReadList(element, bold, pre);
                    return;
                case "table":
                    ReadTable(element);
                    return;
                case "li":
                    ReadBlock(element, bold, pre, _label, _level);
                    return;
            }
            if (BlockElements.Contains(tag) || tag is "pre" or "tr" or "td" or "th")
                ReadBlock(element, bold, pre, label: null, level: 0);
            else
                ReadInline(element, bold, pre);
        }

        private void ReadInline(IElement element, bool bold, bool pre)
        {
            var outer = _rightToLeft;
            _rightToLeft = Direction(element) ?? _rightToLeft;
            foreach (var child in element.ChildNodes)
                Read(child, bold, pre);
            _rightToLeft = outer;
        }

        private void ReadBlock(IElement element, bool bold, bool pre, string? label, int level)
        {
            Flush();
            var outer = _rightToLeft;
            _rightToLeft = Direction(element) ?? _rightToLeft;
            _label = label;
            _level = level;
            foreach (var child in element.ChildNodes)
                Read(child, bold, pre);
            Flush();
            _label = null;
            _rightToLeft = outer;
        }

        /// <summary>
        /// Ordered items get the marker a browser prints ("1.", "b.", "iv."; start=, reversed, type= and value=
        /// honoured); unordered ones "•", the mark text exports give unnumbered paragraphs, which the reader knows.
        /// </summary>
        private void ReadList(IElement list, bool bold, bool pre)
        {
            Flush();
            var outer = _rightToLeft;
            _rightToLeft = Direction(list) ?? _rightToLeft;
            var ordered = list.LocalName == "ol";
            var unmarked = NoMarker().IsMatch(list.GetAttribute("style") ?? "");
            var items = list.Children.Where(c => c.LocalName == "li").ToList();
            var reversed = list.HasAttribute("reversed");
            var counter = int.TryParse(list.GetAttribute("start"), out var start) ? start : reversed ? items.Count : 1;
            var level = _listDepth++;
            foreach (var child in list.ChildNodes)
            {
                if (child is IElement { LocalName: "li" } item)
                {
                    if (int.TryParse(item.GetAttribute("value"), out var value))
                        counter = value;
                    var label = unmarked ? null : ordered ? ListNumberFormat.Html(item.GetAttribute("type") ?? list.GetAttribute("type"), counter) : "•";
                    counter += reversed ? -1 : 1;
                    _label = label;
                    _level = level;
                    ReadElement(item, bold, pre);
                }
                else
                {
                    Read(child, bold, pre);
                }
            }
            _listDepth--;
            _label = null;
            _rightToLeft = outer;
        }

        /// <summary>
        /// A row of one-line cells (a vote table, a list of members) is one block, cells joined by a tab; a layout
        /// table whose cells hold whole paragraphs is read cell by cell, so its paragraphs stay paragraphs.
        /// </summary>
        private void ReadTable(IElement table)
        {
            Flush();
            var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table);
            foreach (var row in rows)
            {
                var cells = new List<List<TextBlock>>();
                foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
                {
                    var writer = new BlockWriter(Direction(cell) ?? Direction(row) ?? _rightToLeft) { _contentLength = _contentLength };
                    foreach (var child in cell.ChildNodes)
                        writer.Read(child, bold: false, pre: false);
                    writer.Flush();
                    cells.Add(writer.Blocks);
                }
                if (cells.All(c => c.Count <= 1))
                {
                    var filled = cells.Where(c => c.Count == 1).Select(c => c[0]).ToList();
                    if (filled.Count > 0)
                        Blocks.Add(filled[0] with { Text = string.Join('\t', filled.Select(b => b.AsLine())), ListLabel = null, ListLevel = 0 });
                    continue;
                }
                foreach (var blocks in cells)
                    Blocks.AddRange(blocks);
            }
        }

        private void AppendText(string text, bool bold, bool pre)
        {
            if (pre && text.Contains('\n'))
            {
                var lines = text.Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    if (i > 0)
                        Flush();
                    AppendText(lines[i], bold, pre: false);
                }
                return;
            }
            if (_startsBold is null && text.Any(c => !char.IsWhiteSpace(c)))
                _startsBold = bold;
            _text.Append(text);
        }

        private void Flush()
        {
            var text = EditLink().Replace(Whitespace().Replace(_text.ToString(), " "), "").Trim();
            text = Whitespace().Replace(text, " ");
            if (text.Length > 0)
            {
                Blocks.Add(new TextBlock(text, Blocks.Count + 1)
                {
                    ListLabel = _label,
                    ListLevel = _label is null ? 0 : _level,
                    StartsBold = _startsBold ?? false,
                    RightToLeft = _rightToLeft,
                });
                // The marker belongs to the item's first line only.
                _label = null;
            }
            _text.Clear();
            _startsBold = null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"[\s\-_]+|(?<=[a-z])(?=[A-Z])")]
    private static partial Regex NameWords();

    [GeneratedRegex(@"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", RegexOptions.IgnoreCase)]
    private static partial Regex BoldStyle();

    [GeneratedRegex(@"list-style(?:-type)?\s*:\s*none", RegexOptions.IgnoreCase)]
    private static partial Regex NoMarker();

    /// <summary>Tabs stay (they separate table cells); every other run of white space, no-break spaces included, is one space.</summary>
    [GeneratedRegex(@"[^\S\t]+")]
    private static partial Regex Whitespace();

    /// <summary>MediaWiki's section edit links, in the three languages' wikis.</summary>
    [GeneratedRegex(@"\[\s*(?:edit|edit source|modifier|modifier le code|تعديل|تعديل المصدر|عدل|عدل المصدر)\s*\]", RegexOptions.IgnoreCase)]
    private static partial Regex EditLink();
}
