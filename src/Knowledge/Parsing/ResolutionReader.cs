using System.Text.RegularExpressions;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Parsing;

/// <summary>
/// The line-by-line state machine behind <see cref="DocumentParser"/>: heading, title, preamble, operative part.
/// A line is a paragraph unless it continues one: a paragraph whose line ends without punctuation was broken
/// by the export (a stray blank line mid-sentence) and the next plain line completes it.
/// </summary>
internal sealed partial class ResolutionReader(string source, string body, List<ParseError> errors)
{
    private readonly List<ParsedResolution> _resolutions = [];
    private ResolutionDraft? _current;

    public IReadOnlyList<ParsedResolution> Read(string[] lines, int start)
    {
        for (var i = start; i < lines.Length; i++)
        {
            var line = TextNormalizer.CleanLine(lines[i]);
            var lineNumber = i + 1;

            if (ResolutionHeading.TryRead(line, body, out var key, out var suffix, out var inlineTitle))
            {
                Close();
                _current = new ResolutionDraft(key, suffix, lineNumber);
                if (inlineTitle is null)
                    i = ReadTitle(lines, i + 1, _current) - 1;
                else
                    _current.Title = inlineTitle;
                continue;
            }

            if (_current is null || line.Length == 0)
                continue;

            if (Separator().IsMatch(line))
            {
                Close();
                continue;
            }

            ReadBodyLine(line, lineNumber, _current);
        }

        Close();
        return _resolutions;
    }

    /// <summary>Title lines follow the heading up to the first blank line; a lone "بشأن" / "ON" is not part of it.</summary>
    private static int ReadTitle(string[] lines, int start, ResolutionDraft draft)
    {
        var title = new List<string>();
        var i = start;
        for (; i < lines.Length; i++)
        {
            var line = TextNormalizer.CleanLine(lines[i]);
            if (line.Length == 0)
                break;
            if (title.Count == 0 && ResolutionHeading.IsConcerningLine(line))
                continue;
            title.Add(line);
        }
        draft.Title = string.Join(' ', title);
        return i;
    }

    private void ReadBodyLine(string line, int lineNumber, ResolutionDraft draft)
    {
        // "يقرر ما يلي:" / "Decides the following:" only introduces the operative part.
        if (Chapeau().IsMatch(line))
            return;

        if (SectionHeading().Match(line) is { Success: true } section && SectionLetters.ToLatin(section.Groups[1].Value) is { } letter)
        {
            draft.Section = letter;
            draft.SectionTitle = section.Groups[2].Value.Trim().TrimEnd(':').Trim();
            draft.LastWasBroken = false;
            return;
        }

        if (NumberedParagraph().Match(line) is { Success: true } numbered)
        {
            AddOperative(draft, numbered.Groups[1].Value, numbered.Groups[2].Value, lineNumber);
            return;
        }

        if (ReversedNumber().Match(line) is { Success: true } reversed)
        {
            AddOperative(draft, reversed.Groups[1].Value, reversed.Groups[2].Value, lineNumber);
            return;
        }

        if (Bullet().Match(line) is { Success: true } bullet)
        {
            AddOperative(draft, number: null, bullet.Groups[1].Value, lineNumber);
            return;
        }

        if (draft.LastWasBroken && draft.Paragraphs.Count > 0)
        {
            draft.AppendToLast(line);
            return;
        }

        var text = LeadingDash().Replace(line, "");
        if (draft.Paragraphs.Any(p => p.Kind == ParagraphKind.Operative))
            AddOperative(draft, number: null, text, lineNumber);
        else
            draft.Add(new DraftParagraph(ParagraphKind.Preambular, null, null, text, lineNumber));
    }

    private void AddOperative(ResolutionDraft draft, string? number, string text, int lineNumber)
    {
        var paragraph = new DraftParagraph(ParagraphKind.Operative, draft.Section, number, text.Trim(), lineNumber, draft.SectionTitle);
        var key = paragraph.NumberedKey;
        if (key is not null && draft.Paragraphs.Any(p => p.NumberedKey == key))
        {
            errors.Add(new ParseError(source, lineNumber, $"resolution {draft.Key}: paragraph {key} appears twice"));
            return;
        }
        draft.Add(paragraph);
    }

    private void Close()
    {
        if (_current is null)
            return;
        var draft = _current;
        _current = null;

        if (!draft.Paragraphs.Any(p => p.Kind == ParagraphKind.Operative))
        {
            errors.Add(new ParseError(source, draft.Line, $"resolution {draft.Key} has no operative paragraph (truncated document?)"));
            return;
        }
        if (_resolutions.Any(r => r.Key == draft.Key))
        {
            errors.Add(new ParseError(source, draft.Line, $"resolution {draft.Key} appears twice in the document"));
            return;
        }
        _resolutions.Add(draft.Build());
    }

    private sealed class ResolutionDraft(string key, string suffix, int line)
    {
        public string Key { get; } = key;
        public string Suffix { get; } = suffix;
        public int Line { get; } = line;
        public string Title { get; set; } = "";
        public string? Section { get; set; }
        public string? SectionTitle { get; set; }
        public bool LastWasBroken { get; set; }
        public List<DraftParagraph> Paragraphs { get; } = [];

        public void Add(DraftParagraph paragraph)
        {
            Paragraphs.Add(paragraph);
            LastWasBroken = IsBroken(paragraph.Text);
        }

        public void AppendToLast(string line)
        {
            var last = Paragraphs[^1];
            Paragraphs[^1] = last with { Text = last.Text + " " + line };
            LastWasBroken = IsBroken(Paragraphs[^1].Text);
        }

        /// <summary>Citation keys: operative "5" or "E.1"; preambular PP1, PP2 … in order; unnumbered operative
        /// paragraphs "OP-final" when last, else "OP-u1", "OP-u2" … in order.</summary>
        public ParsedResolution Build()
        {
            var preambular = 0;
            var unnumbered = 0;
            var paragraphs = new List<ParsedParagraph>(Paragraphs.Count);
            for (var i = 0; i < Paragraphs.Count; i++)
            {
                var p = Paragraphs[i];
                var key = p.Kind == ParagraphKind.Preambular ? $"PP{++preambular}"
                    : p.NumberedKey ?? (i == Paragraphs.Count - 1 ? "OP-final" : $"OP-u{++unnumbered}");
                paragraphs.Add(new ParsedParagraph(key, p.Kind, p.Section, p.Number, p.Text, p.Line, p.SectionTitle));
            }
            return new ParsedResolution(Key, Suffix, Title, paragraphs, Line);
        }

        /// <summary>A paragraph that ends without punctuation was cut by the export.</summary>
        private static bool IsBroken(string text) => text.Length > 0 && !".؛;:,،!?)»\"”".Contains(text[^1]);
    }

    private sealed record DraftParagraph(ParagraphKind Kind, string? Section, string? Number, string Text, int Line, string? SectionTitle = null)
    {
        public string? NumberedKey => Number is null ? null : Section is null ? Number : $"{Section}.{Number}";
    }

    [GeneratedRegex(@"^(?:\{\s*\}\s*){2,}$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:يقرر\s+ما\s+يلي|Decides\s+(?:as\s+follows|the\s+following)|Décide\s+ce\s+qui\s+suit)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Chapeau();

    /// <summary>"(أ) بشأن …:" / "(A) On …:"; a section heading names a part, so it ends with a colon.</summary>
    [GeneratedRegex(@"^\(\s*(هـ|[\u0621-\u064A]|[A-Za-z])\s*\)\s*(.{0,300}):\s*$")]
    private static partial Regex SectionHeading();

    /// <summary>"1- …", "- 1- …", "5. …", "2) …".</summary>
    [GeneratedRegex(@"^[-–•]?\s*(\d{1,3})\s*[-–.)]\s*(\D.*)$")]
    private static partial Regex NumberedParagraph();

    /// <summary>The number printed after its dash by a right-to-left export: "-4 يطلب …".</summary>
    [GeneratedRegex(@"^[-–]\s*(\d{1,3})\s+(\D.*)$")]
    private static partial Regex ReversedNumber();

    [GeneratedRegex(@"^[•·▪◦●]\s*(.+)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^[-–]\s+")]
    private static partial Regex LeadingDash();
}
