using System.Text.RegularExpressions;
using ResBot.Knowledge.Decoding;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Parsing;

/// <summary>
/// The line-by-line reader behind <see cref="DocumentParser"/>: headings of every body, the title, the preamble,
/// the operative part, sections, sub-items, and the end of each resolution. What a paragraph is comes from the
/// language as much as from numbers (<see cref="ClauseOpening"/>): web copies lose numbers, older resolutions never
/// had them, and preambles hold numbered lists. A line is a paragraph unless it continues one: a paragraph whose
/// line ends without punctuation was broken by the export, and a following line that opens no clause completes it.
/// </summary>
internal sealed partial class ResolutionReader(string source, ReaderSettings settings, List<ParseError> errors, List<ParseError> warnings)
{
    /// <summary>Lines a title may take after its heading: longer, and the chapeau is being read as the title.</summary>
    private const int MaxTitleLines = 4;

    private readonly List<ParsedResolution> _resolutions = [];
    private HeadingContext _context = new(settings.Body, settings.Session, settings.Language, settings.LeagueLevel, settings.Symbol);
    private ResolutionDraft? _current;
    private bool _sawHeading;
    private int _unnumberedDecisions;

    /// <summary>The last line read outside any resolution: an Arab League decision's title, if a chapeau follows.</summary>
    private string? _looseLine;

    /// <summary>The document prints each Arab League decision's number after its text (seen once a number closed one).</summary>
    private bool _numbersFollowDecisions;

    /// <summary>The body the headings showed, when the document did not say.</summary>
    public string? Body => _context.Body;

    public IReadOnlyList<ParsedResolution> Read(string[] rawLines, int start)
    {
        // Every line made plain once: titles and look-aheads read the same lines again.
        var lines = rawLines.Select(l => DocumentFurniture.StripInlineMarkers(TextNormalizer.CleanLine(l))).ToArray();
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            var lineNumber = i + 1;

            if (ResolutionHeading.TryRead(line, _context, out var heading))
            {
                // Arab League documents print each decision's number after it: the number closes the decision it ends.
                if (heading.Body == "LAS" && _current is { IsPlaceholder: true, Paragraphs.Count: > 0 })
                {
                    _current.Key = heading.Key;
                    _current.IsPlaceholder = false;
                    _numbersFollowDecisions = true;
                    Close();
                    continue;
                }
                if (heading.Body == "LAS" && _numbersFollowDecisions)
                {
                    // In a document that prints each number after its decision, a number with nothing before it to
                    // close must not open a decision and push every later number onto the wrong text.
                    warnings.Add(new ParseError(source, lineNumber, $"decision {heading.Key} has no text before its number (a missing chapeau or title?)"));
                    continue;
                }
                Open(heading.Key, heading.Suffix, lineNumber);
                _context = _context with { Body = _context.Body ?? heading.Body };
                i = ReadTitle(lines, i + 1, _current!, heading.InlineTitle) - 1;
                continue;
            }

            if (_context.Body == "LAS" && ResolutionHeading.TryReadQuotedTitle(line, out var quoted))
            {
                if (_current is { Paragraphs.Count: 0, Title.Length: 0 })
                    _current.Title = quoted;
                else
                    OpenDecision(quoted, lineNumber);
                continue;
            }

            // An Arab League decision opens with its title and the council's chapeau; its number, if any, comes last.
            if (_context.Body == "LAS" && BodyChapeau().IsMatch(line) && _current is not { Paragraphs.Count: 0 })
            {
                OpenDecision(_looseLine ?? "", lineNumber);
                continue;
            }

            // A decision printed without its chapeau still has its "يقرر:" (or numbered clauses), and ends with its
            // number; a title alone does not open one (titles read like clauses: "دعم الاقتصاد الفلسطيني").
            if (_current is null && _numbersFollowDecisions && (OperativeChapeau().IsMatch(line) || NumberedParagraph().IsMatch(line)))
                OpenDecision(_looseLine ?? "", lineNumber);

            if (_current is null)
            {
                if (line.Length > 0 && !DocumentFurniture.IsFurniture(line))
                    _looseLine = line.Trim('«', '»', '"', '“', '”', ' ');
                // A copy of one resolution may print no heading at all: its chapeau opens it.
                if (!_sawHeading && settings.ImplicitKey is { } implicitKey && IsChapeauLine(line))
                {
                    Open(implicitKey, "", lineNumber);
                    if (!BodyChapeau().IsMatch(line))
                        ReadBodyLine(line, lineNumber, _current!);
                }
                continue;
            }

            if (line.Length == 0)
            {
                _current.BlankSinceLast = true;
                continue;
            }
            if (DocumentFurniture.IsFurniture(line))
                continue;
            if (DocumentFurniture.IsDivider(line))
            {
                Close();
                continue;
            }
            if (_current.Closed)
                continue;
            if (_current.HasOperative && DocumentFurniture.ClosesResolution(line))
            {
                _current.Closed = true;
                continue;
            }
            if (ResolutionHeading.LooksLikeUnknownHeading(line) && _current.Paragraphs.Count > 0 && !_current.LastWasBroken)
            {
                warnings.Add(new ParseError(source, lineNumber, $"looks like a resolution heading in a form not recognised: \"{Shorten(line)}\""));
                continue;
            }

            ReadBodyLine(line, lineNumber, _current);
            if (_current is not null)
                _current.BlankSinceLast = false;
        }

        Close();
        return _resolutions;
    }

    private void Open(string key, string suffix, int lineNumber)
    {
        Close();
        _sawHeading = true;
        _looseLine = null;
        _current = new ResolutionDraft(key, suffix, lineNumber);
    }

    /// <summary>An Arab League decision whose number is not known yet: keyed when its number line comes, else "U1", "U2" … in order.</summary>
    private void OpenDecision(string title, int lineNumber)
    {
        Open("", "", lineNumber);
        _current!.IsPlaceholder = true;
        _current.Title = title;
    }

    private string UnnumberedDecisionKey(int order)
    {
        var level = settings.LeagueLevel ?? "SUM";
        return _context.Session is { } session ? $"LAS/{level} ({session})/U{order}" : $"LAS/{level}/U{order}";
    }

    /// <summary>
    /// Title lines follow the heading up to the first blank line; a lone "بشأن" / "ON" is not part of it. A line that
    /// opens the chapeau, a clause or a paragraph ends the title early: Word and web copies have no blank lines.
    /// </summary>
    private int ReadTitle(string[] lines, int start, ResolutionDraft draft, string? inlineTitle)
    {
        var title = inlineTitle is null ? new List<string>() : [inlineTitle];
        // Word and web copies end a title printed on its heading line with the block.
        if (inlineTitle is not null && settings.Marks == ParagraphMarks.Blocks)
        {
            draft.Title = inlineTitle;
            return start;
        }
        var i = start;
        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                if (title.Count == 0)
                    continue;
                if (ContinuesTitle(lines, i + 1))
                    continue;
                break;
            }
            if (title.Count == 0 && ResolutionHeading.IsConcerningLine(line))
                continue;
            if (DocumentFurniture.IsFurniture(line) && title.Count == 0)
                continue;
            // A title may itself open like a clause ("الموافقة على …", "Support for …"): only later lines are tested.
            if (IsChapeauLine(line) || NumberedParagraph().IsMatch(line) || ResolutionHeading.IsHeading(line) || title.Count == MaxTitleLines
                || title.Count > 0 && ClauseOpening.Classify(line) != OpeningKind.Unknown)
                break;
            title.Add(line.Trim('«', '»', '"', '“', '”'));
        }
        draft.Title = string.Join(' ', title);
        return i;
    }

    /// <summary>
    /// A title printed on two lines with a gap between (web and Word copies make each line a block): the next line
    /// continues the title when it opens nothing, ends without a clause's punctuation, and the chapeau or a clause
    /// follows it.
    /// </summary>
    private static bool ContinuesTitle(string[] lines, int start)
    {
        var next = NextNonBlank(lines, start, out var at);
        if (next is null || next.Length > 160 || EndsClause(next) || IsChapeauLine(next) || ClauseOpening.Classify(next) != OpeningKind.Unknown
            || NumberedParagraph().IsMatch(next) || ResolutionHeading.IsHeading(next) || DocumentFurniture.IsFurniture(next))
            return false;
        var after = NextNonBlank(lines, at + 1, out _);
        return after is not null && (IsChapeauLine(after) || ClauseOpening.Classify(after) != OpeningKind.Unknown);
    }

    private static string? NextNonBlank(string[] lines, int start, out int at)
    {
        for (at = start; at < lines.Length; at++)
        {
            var line = lines[at];
            if (line.Length > 0)
                return line;
        }
        return null;
    }

    private void ReadBodyLine(string line, int lineNumber, ResolutionDraft draft)
    {
        if (OperativeChapeau().IsMatch(line))
        {
            draft.InOperative = draft.OperativeConfirmed = true;
            draft.LastWasBroken = false;
            return;
        }
        if (BodyChapeau().IsMatch(line))
            return;

        if (draft.PendingNumber is { } pending)
        {
            draft.PendingNumber = null;
            AddNumbered(draft, pending, line, lineNumber, $"{pending}. {line}");
            return;
        }
        if (LoneNumber().Match(line) is { Success: true } lone)
        {
            draft.PendingNumber = lone.Groups[1].Success ? lone.Groups[1].Value : lone.Groups[2].Value;
            return;
        }

        if (TrySubItem(line, lineNumber, draft))
            return;

        var section = SectionHeading().Match(line);
        if (!section.Success)
            section = BareSectionHeading().Match(line);
        if (section.Success && SectionLetters.ToLatin(section.Groups[1].Value) is { } letter)
        {
            draft.Section = letter;
            draft.SectionTitle = section.Groups[2].Value.Trim().TrimEnd(':').Trim();
            draft.InOperative = draft.OperativeConfirmed = true;
            draft.LastWasBroken = false;
            return;
        }

        if (NumberedParagraph().Match(line) is { Success: true } numbered)
        {
            var number = numbered.Groups[1].Success ? numbered.Groups[1].Value : numbered.Groups[2].Value;
            AddNumbered(draft, number, numbered.Groups[3].Value, lineNumber, line);
            return;
        }
        if (ReversedNumber().Match(line) is { Success: true } reversed)
        {
            AddOperative(draft, reversed.Groups[1].Value, reversed.Groups[2].Value, lineNumber);
            return;
        }

        var opening = ClauseOpening.Classify(line);
        if (draft.Paragraphs.Count > 0 && IsContinuation(line, opening, draft.LastWasBroken, draft.BlankSinceLast))
        {
            draft.AppendToLast(line);
            return;
        }

        if (Bullet().Match(line) is { Success: true } bullet)
        {
            AddUnnumbered(draft, bullet.Groups[1].Value, lineNumber, ClauseOpening.Classify(bullet.Groups[1].Value));
            return;
        }
        AddUnnumbered(draft, LeadingDash().Replace(line, ""), lineNumber, opening);
    }

    /// <summary>
    /// A broken line goes on when the next line opens no clause of its own. In Word and web copies paragraphs are
    /// marked, so only a line that starts in lower case (a sentence cut by a stray break) goes on there.
    /// </summary>
    private bool IsContinuation(string line, OpeningKind opening, bool lastWasBroken, bool blankBefore)
    {
        if (opening != OpeningKind.Unknown || IsChapeauLine(line) || Bullet().IsMatch(line))
            return false;
        // English and French paragraphs never open in lower case, and Arabic ones never with "وإلى", "التي" …:
        // such a line goes on whatever ended the one before.
        if (char.IsLower(line[0]) && char.IsAsciiLetter(RemoveDiacritics(line[0])) || ArabicContinuation().IsMatch(line))
            return true;
        return settings.Marks switch
        {
            ParagraphMarks.BlankLines => !blankBefore,
            ParagraphMarks.Lines => lastWasBroken,
            _ => false,
        };
    }

    private static char RemoveDiacritics(char c) => c.ToString().Normalize(System.Text.NormalizationForm.FormD)[0];

    /// <summary>
    /// A numbered line. In the operative part, or opening with an operative verb, it is an operative paragraph; in
    /// the preamble a number alone proves nothing: "the Committee is composed of: 1. Egypt 2. …" is a list inside
    /// the paragraph before.
    /// </summary>
    private void AddNumbered(ResolutionDraft draft, string number, string text, int lineNumber, string printed)
    {
        var opening = ClauseOpening.Classify(text);
        var isListItem = !draft.InOperative && opening != OpeningKind.Operative && draft.Paragraphs.Count > 0
            && (draft.Paragraphs[^1].Text.TrimEnd().EndsWith(':') || draft.InPreambleList || WordCount(text) <= 6);
        if (isListItem)
        {
            draft.InPreambleList = true;
            draft.AppendToLast(printed, keepBroken: false);
            return;
        }
        if (!draft.InOperative && opening == OpeningKind.Preambular)
        {
            // A numbered preamble ("1. Recalling …") keeps its kind; its number is not a citation key.
            draft.Add(new DraftParagraph(ParagraphKind.Preambular, null, null, text.Trim(), lineNumber));
            return;
        }
        AddOperative(draft, number, text, lineNumber);
    }

    /// <summary>
    /// An unnumbered paragraph is operative in the operative part or when it opens with an operative verb; a clear
    /// preambular opening is preambular until the operative part is certain (an "يقرر:" line, a number, a section),
    /// so one clause read wrongly does not turn the rest of the preamble operative.
    /// </summary>
    private void AddUnnumbered(ResolutionDraft draft, string text, int lineNumber, OpeningKind opening)
    {
        draft.InPreambleList = false;
        var operative = opening == OpeningKind.Operative || draft.InOperative && (draft.OperativeConfirmed || opening != OpeningKind.Preambular);
        if (operative)
            AddOperative(draft, number: null, text, lineNumber);
        else
            draft.Add(new DraftParagraph(ParagraphKind.Preambular, null, null, text.Trim(), lineNumber));
    }

    /// <summary>
    /// "(a) …" after a paragraph that ends with a colon, or after a sibling: a sub-item of that paragraph, citable as
    /// "2(a)"; "(i)" inside a lettered sub-item nests ("2(a)(i)"). A lettered line that ends with a colon and follows
    /// no such paragraph is a section heading instead (OIC "(A) On …:").
    /// </summary>
    private bool TrySubItem(string line, int lineNumber, ResolutionDraft draft)
    {
        if (draft.Paragraphs.Count == 0 || !SubItemLabel.TryRead(line, out var letter, out var printed, out var text, out var kind))
            return false;
        var parent = draft.Paragraphs[^1];
        var letters = SubItemKey(parent, letter, kind, draft.LastWasBroken);
        if (letters is null)
        {
            if (parent.SubItems.Count == 0)
                return false;
            // A label that continues no list ("(d)" after "(b)") must not become a paragraph of its own with a key
            // of its own: it stays with the item before it, and the reader is told.
            var previous = parent.SubItems[^1];
            parent.SubItems[^1] = previous with { Text = $"{previous.Text} {printed} {text}" };
            warnings.Add(new ParseError(source, lineNumber, $"resolution {draft.Key}: sub-item {printed} is out of sequence; read as part of the item before it"));
            draft.LastWasBroken = !EndsClause(text);
            return true;
        }
        parent.SubItems.Add(new DraftSubItem(letters, printed, text, lineNumber));
        if (parent.Kind == ParagraphKind.Preambular)
        {
            // Preambular paragraphs are cited whole: their items stay part of the text.
            draft.AppendToLast($"{printed} {text}", keepBroken: false);
            draft.LastWasBroken = false;
            return true;
        }
        draft.LastWasBroken = !EndsClause(text);
        return true;
    }

    /// <summary>
    /// Where a label goes in its paragraph's list, as letters from the outermost ("a", "i" for 2(a)(i)), or null when
    /// it continues no list. A list opens with "(a)" or "(i)" under a paragraph that ends with a colon (or is cut
    /// short); "(i)" under a lettered item that ends with a colon opens a nested roman list. "(i)" after "(h)" is
    /// the ninth letter unless "(h)" introduces a list; "’1‘" and "(ii)" are always roman, Arabic letters never.
    /// </summary>
    private static List<string>? SubItemKey(DraftParagraph parent, string letter, SubItemKind kind, bool parentIsCut)
    {
        var canBeLetter = kind != SubItemKind.Roman;
        var canBeRoman = kind != SubItemKind.Letter;
        if (parent.SubItems.Count == 0)
        {
            var opens = parent.Text.TrimEnd().EndsWith(':') || parentIsCut;
            return opens && (canBeLetter && letter == "a" || canBeRoman && letter == "i") ? [letter] : null;
        }

        var last = parent.SubItems[^1];
        var top = last.Letters[0];
        var romanList = parent.SubItems[0].Letters[0] == "i";
        if (canBeRoman && !romanList)
        {
            if (last.Letters.Count == 1 && letter == "i" && last.Text.TrimEnd().EndsWith(':'))
                return [top, "i"];
            if (last.Letters.Count == 2 && letter == SubItemLabel.NextRoman(last.Letters[1]))
                return [top, letter];
        }
        var next = romanList ? SubItemLabel.NextRoman(top) : SubItemLabel.NextLetter(top);
        return (romanList ? canBeRoman : canBeLetter) && letter == next ? [letter] : null;
    }

    private void AddOperative(ResolutionDraft draft, string? number, string text, int lineNumber)
    {
        draft.InOperative = true;
        draft.OperativeConfirmed |= number is not null;
        draft.InPreambleList = false;
        // An unnumbered clause after a lettered part ("• Requests the Secretary-General to follow up …") closes the
        // resolution; it does not share the last part's heading, which would tag it with that part's topic.
        var (section, sectionTitle) = number is null ? (null, null) : (draft.Section, draft.SectionTitle);
        var paragraph = new DraftParagraph(ParagraphKind.Operative, section, number, text.Trim(), lineNumber, sectionTitle);
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

        // A heading with nothing under it is an index entry or a heading the copy repeats: not a resolution.
        if (draft.Paragraphs.Count == 0)
            return;
        if (draft.IsPlaceholder)
            draft.Key = UnnumberedDecisionKey(++_unnumberedDecisions);
        if (!draft.HasOperative)
            warnings.Add(new ParseError(source, draft.Line, $"resolution {draft.Key} has no operative paragraph (the copy may stop inside the preamble)"));
        if (_resolutions.Any(r => r.Key == draft.Key))
        {
            errors.Add(new ParseError(source, draft.Line, $"resolution {draft.Key} appears twice in the document"));
            return;
        }
        WarnAboutNumbering(draft);
        _resolutions.Add(draft.Build(settings.Body ?? _context.Body));
    }

    /// <summary>"paragraph numbers 4–6 missing in 1/44 (line 88)"; "paragraph 3 of 1/44 may hold two paragraphs (line 90)".</summary>
    private void WarnAboutNumbering(ResolutionDraft draft)
    {
        foreach (var section in draft.Paragraphs.Where(p => p.Number is not null).GroupBy(p => p.Section))
        {
            var previous = (int?)null;
            foreach (var paragraph in section)
            {
                var number = int.Parse(paragraph.Number!);
                if (previous is { } p && number > p + 1)
                {
                    var gap = number == p + 2 ? $"{p + 1}" : $"{p + 1}–{number - 1}";
                    var where = section.Key is null ? draft.Key : $"{draft.Key} section {section.Key}";
                    warnings.Add(new ParseError(source, paragraph.Line, $"paragraph number{(number == p + 2 ? "" : "s")} {gap} missing in {where}"));
                }
                previous = number;
            }
        }
        foreach (var paragraph in draft.Paragraphs.Where(p => GluedParagraph().IsMatch(p.Text)))
            warnings.Add(new ParseError(source, paragraph.Line, $"a paragraph of {draft.Key} may hold two paragraphs glued together"));
    }

    private static bool IsChapeauLine(string line) => BodyChapeau().IsMatch(line) || LongChapeau().IsMatch(line);

    private static bool EndsClause(string text) => text.Length > 0 && ".؛;:,،!?)»\"”".Contains(text[^1]);

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private sealed class ResolutionDraft(string key, string suffix, int line)
    {
        public string Key { get; set; } = key;

        /// <summary>Opened by an Arab League title or chapeau: its key comes with the number line that ends it.</summary>
        public bool IsPlaceholder { get; set; }

        /// <summary>A blank line came after the last paragraph line: in a PDF, the paragraph has ended.</summary>
        public bool BlankSinceLast { get; set; }

        public string Suffix { get; } = suffix;
        public int Line { get; } = line;
        public string Title { get; set; } = "";
        public string? Section { get; set; }
        public string? SectionTitle { get; set; }
        public bool LastWasBroken { get; set; }
        public bool InOperative { get; set; }

        /// <summary>The operative part has certainly begun: its chapeau, a numbered operative paragraph or a section was read.</summary>
        public bool OperativeConfirmed { get; set; }
        public bool InPreambleList { get; set; }
        public bool Closed { get; set; }
        public string? PendingNumber { get; set; }
        public List<DraftParagraph> Paragraphs { get; } = [];

        public bool HasOperative => Paragraphs.Any(p => p.Kind == ParagraphKind.Operative);

        public void Add(DraftParagraph paragraph)
        {
            Paragraphs.Add(paragraph);
            LastWasBroken = !EndsClause(paragraph.Text);
        }

        /// <summary>Adds a line to the paragraph being read, or to its last sub-item.</summary>
        public void AppendToLast(string line, bool keepBroken = true)
        {
            var last = Paragraphs[^1];
            if (keepBroken && last.SubItems.Count > 0 && last.Kind == ParagraphKind.Operative)
            {
                var item = last.SubItems[^1];
                last.SubItems[^1] = item with { Text = item.Text + " " + line };
                LastWasBroken = !EndsClause(last.SubItems[^1].Text);
                return;
            }
            Paragraphs[^1] = last with { Text = last.Text + " " + line };
            LastWasBroken = keepBroken && !EndsClause(Paragraphs[^1].Text);
        }

        /// <summary>Citation keys: operative "5" or "E.1"; preambular PP1, PP2 … in order; unnumbered operative
        /// paragraphs "OP-final" when last, else "OP-u1", "OP-u2" … in order; sub-items "5(a)", "5(a)(i)".</summary>
        public ParsedResolution Build(string? body)
        {
            var preambular = 0;
            var unnumbered = 0;
            var paragraphs = new List<ParsedParagraph>(Paragraphs.Count);
            for (var i = 0; i < Paragraphs.Count; i++)
            {
                var p = Paragraphs[i];
                var key = p.Kind == ParagraphKind.Preambular ? $"PP{++preambular}"
                    : p.NumberedKey ?? (i == Paragraphs.Count - 1 ? "OP-final" : $"OP-u{++unnumbered}");
                var isOperative = p.Kind == ParagraphKind.Operative;
                var subItems = isOperative ? BuildSubItems(key, p) : [];
                var text = isOperative && p.SubItems.Count > 0
                    ? string.Join(' ', [p.Text, .. p.SubItems.Select(s => $"{s.Printed} {s.Text}")])
                    : p.Text;
                paragraphs.Add(new ParsedParagraph(key, p.Kind, p.Section, p.Number, text, p.Line, p.SectionTitle)
                {
                    SubItems = subItems,
                    Cites = CitedResolutions.Find(text, body),
                });
            }
            return new ParsedResolution(Key, Suffix, Title, paragraphs, Line);

            List<ParsedParagraph> BuildSubItems(string key, DraftParagraph p) =>
                p.SubItems.Select((s, i) =>
                {
                    // A sub-item holds the items nested under it: "2(b)" quotes its "(i)" and "(ii)" too.
                    var nested = p.SubItems.Skip(i + 1).TakeWhile(n => n.Letters.Count > s.Letters.Count).Select(n => $"{n.Printed} {n.Text}");
                    var text = string.Join(' ', [s.Text, .. nested]);
                    return new ParsedParagraph(key + string.Concat(s.Letters.Select(l => $"({l})")), p.Kind, p.Section, null, text, s.Line, p.SectionTitle)
                        { Cites = CitedResolutions.Find(text, body) };
                }).ToList();
        }
    }

    private sealed record DraftParagraph(ParagraphKind Kind, string? Section, string? Number, string Text, int Line, string? SectionTitle = null)
    {
        public List<DraftSubItem> SubItems { get; init; } = [];

        public string? NumberedKey => Number is null ? null : Section is null ? Number : $"{Section}.{Number}";
    }

    /// <summary>A sub-item: its letters from the outermost ("a", "i" for "(a)(i)"), its label as printed, its text.</summary>
    private sealed record DraftSubItem(List<string> Letters, string Printed, string Text, int Line);

    /// <summary>"يقرر ما يلي:", "يقرر:", "Decides the following:", "Decides:", "Décide ce qui suit :", "Décide :" alone on a line.</summary>
    [GeneratedRegex(@"^(?:(?:ي|ت)قرر(?:\s+ما\s+يلي)?|قرر(?:\s+ما\s+يلي)?|Decides?(?:\s+(?:as\s+follows|the\s+following))?|Has\s+decided\s+as\s+follows|D[ée]cide(?:\s+ce\s+qui\s+suit)?)\s*[:：]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OperativeChapeau();

    /// <summary>"The General Assembly,", "Le Conseil de sécurité,", "إن مجلس الجامعة على مستوى القمة،": the organ alone, not a paragraph.</summary>
    [GeneratedRegex(@"^(?:The\s+(?:General\s+Assembly|Security\s+Council|Human\s+Rights\s+Council|Economic\s+and\s+Social\s+Council|Council\s+of\s+Foreign\s+Ministers|Council\s+of\s+the\s+League(?:\s+at\s+(?:the\s+)?\w+\s+level)?)|L'Assembl[ée]e\s+g[ée]n[ée]rale|Le\s+Conseil\s+de\s+la\s+Ligue(?:\s+au\s+niveau\s+(?:du\s+sommet|ministériel))?|Le\s+Conseil\s+(?:de\s+s[ée]curit[ée]|des\s+droits\s+de\s+l'homme|[ée]conomique\s+et\s+social|des\s+ministres\s+des\s+Affaires\s+[ée]trang[èe]res)|إن\s+(?:الجمعية\s+العامة|مجلس\s+الأمن|مجلس\s+حقوق\s+الإنسان|مجلس\s+وزراء\s+الخارجية|مجلس\s+الجامعة(?:\s+على\s+(?:مستوى\s+القمة|المستوى\s+الوزاري))?))\s*[,،:]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BodyChapeau();

    /// <summary>The OIC's chapeau with its meeting: "The Council of Foreign Ministers, meeting at …", "إن مجلس وزراء الخارجية، المنعقد …".</summary>
    [GeneratedRegex(@"^(?:The\s+(?:Council|Islamic\s+(?:Conference|Summit)|General\s+Assembly|Security\s+Council)\b|Le\s+Conseil\b|La\s+Conf[ée]rence\b|L'Assembl[ée]e\b|إن\s+(?:مجلس|المؤتمر|الجمعية|القمة))")]
    private static partial Regex LongChapeau();

    /// <summary>"1- …", "- 1- …", "5. …", "2) …", "(3) …".</summary>
    [GeneratedRegex(@"^(?:[-–•]?\s*(\d{1,3})\s*[-–.)]|\(\s*(\d{1,3})\s*\))\s*(\D.*)$")]
    private static partial Regex NumberedParagraph();

    /// <summary>"1 -" alone on its line, the text on the next: web copies break the number from its paragraph.</summary>
    [GeneratedRegex(@"^(?:[-–]?\s*(\d{1,3})\s*[-–.)]|\(\s*(\d{1,3})\s*\))\s*$")]
    private static partial Regex LoneNumber();

    /// <summary>The number printed after its dash by a right-to-left export: "-4 يطلب …".</summary>
    [GeneratedRegex(@"^[-–]\s*(\d{1,3})\s+(\D.*)$")]
    private static partial Regex ReversedNumber();

    /// <summary>"(أ) بشأن …:" / "(A) On …:"; a section heading names a part, so it ends with a colon.</summary>
    [GeneratedRegex(@"^\(\s*(هـ|[\u0621-\u064A]|[A-Z])\s*\)\s*(.{0,300}):\s*$")]
    private static partial Regex SectionHeading();

    /// <summary>"(B) MEDIATION", "(ب) الوساطة": a lettered part's short heading printed without its colon.</summary>
    [GeneratedRegex(@"^\(\s*(هـ|[\u0621-\u064A]|[A-Z])\s*\)\s*([^.;:،؛,]{2,80})$")]
    private static partial Regex BareSectionHeading();

    [GeneratedRegex(@"^[•·▪◦●]\s*(.+)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^[-–—]\s+")]
    private static partial Regex LeadingDash();

    [GeneratedRegex(@"^(?:وإلى|والى|وعلى|وفي|ومن|وعن|وذلك|وخاصة|وخصوصا|وخصوصاً|ولا\s+سيما|بما\s+في|مما|التي|الذي|الذين|اللذين|حيث|وحيث\s+إن)\s")]
    private static partial Regex ArabicContinuation();

    /// <summary>"…; 3. Requests …" inside one paragraph: a lost line break.</summary>
    [GeneratedRegex(@"[;؛]\s+\d{1,2}\s*[.\-–]\s+\p{Lu}")]
    private static partial Regex GluedParagraph();
}
