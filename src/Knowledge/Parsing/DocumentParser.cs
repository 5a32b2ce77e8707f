using System.Text.RegularExpressions;
using ResBot.Knowledge.Decoding;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Understanding;

namespace ResBot.Knowledge.Parsing;

/// <summary>
/// Reads one language version of a resolution document, from any decoder, into resolutions and paragraphs: OIC,
/// UN and Arab League layouts of every era (see <see cref="ResolutionHeading"/>, <see cref="ResolutionReader"/>).
/// Lenient with a report: whatever is resolution-like is kept and what looked wrong is a warning with its line;
/// refused only when nothing resolution-like is there. Pure: text in, structure, warnings or errors out.
/// </summary>
public static partial class DocumentParser
{
    /// <summary>Longest line accepted: anything longer is not a paragraph of a resolution but a broken or binary file.</summary>
    private const int MaxLineLength = 20_000;

    /// <summary>Lines searched for the symbol, body and session: the title page and the first chapeau.</summary>
    private const int HeaderLineCount = 80;

    public static ParseResult Parse(string text, string source, IReadOnlyDictionary<string, string>? overrides = null)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ParseResult.Failed(source, 0, "the file is empty");
        if (LooksBinary(text))
            return ParseResult.Failed(source, 0, "the file is not text (binary content)");
        return Parse(PlainTextDecoder.FromText(text), source, overrides);
    }

    /// <summary>
    /// Reads a decoded file of any format: its blocks, as lines, go through the same reader.
    /// <paramref name="overrides"/> (symbol, body, session, date, language, from `ingest` options) win over the
    /// file's metadata header, which wins over what the text says.
    /// </summary>
    public static ParseResult Parse(DecodedDocument decoded, string source, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var lines = decoded.Lines();
        if (lines.All(string.IsNullOrWhiteSpace))
            return ParseResult.Failed(source, 0, "the file is empty");

        var header = FrontMatter.Read(lines, out var headerError, source);
        if (headerError is not null)
            return new ParseResult(null, [headerError]);
        string? Setting(string key) => overrides?.GetValueOrDefault(key) is { Length: > 0 } value ? value : header[key];

        var tooLong = Array.FindIndex(lines, l => l.Length > MaxLineLength);
        if (tooLong >= 0)
            return ParseResult.Failed(source, decoded.Blocks[tooLong].Line, $"line is longer than {MaxLineLength} characters");

        if (!TryResolveLanguage(Setting("language"), lines, header.BodyStartLine, out var language, out var languageError))
            return ParseResult.Failed(source, 0, languageError);

        var opening = lines.Skip(header.BodyStartLine).Take(HeaderLineCount).Select(TextNormalizer.CleanLine).ToList();
        var symbol = Setting("symbol") ?? DocumentMetadata.FindSymbol(opening);
        var body = Setting("body")?.ToUpperInvariant() ?? (symbol is null ? null : DocumentMetadata.BodyOfSymbol(symbol)) ?? DocumentMetadata.FindBody(opening);
        var session = int.TryParse(Setting("session"), out var s) ? s
            : (symbol is null ? null : DocumentMetadata.SessionOfSymbol(symbol)) ?? SessionStated(opening);

        var settings = new ReaderSettings(body, session, language, ImplicitKey(symbol, source), LeagueLevel(opening), decoded.Marks, symbol);
        var errors = new List<ParseError>();
        var warnings = new List<ParseError>();
        var reader = new ResolutionReader(source, settings, errors, warnings);
        var resolutions = reader.Read(lines, header.BodyStartLine);
        if (resolutions.Count == 0 && errors.Count == 0)
            errors.Add(new ParseError(source, 0, "nothing resolution-like found: looked for a resolution heading (\"قرار رقم 38/4-إع\", \"RESOLUTION No. 4/38-INF\", " +
                "\"58/85. Title\", \"Resolution 242 (1967)\", \"ق.ق: 365 د.ع (19)\") or a chapeau (\"The General Assembly,\", \"إن مجلس …\") followed by paragraphs"));
        if (errors.Count > 0)
            return new ParseResult(null, errors) { Warnings = warnings };

        body ??= reader.Body ?? "";
        var status = Setting("status");
        var isAuthoritative = status is null
            ? header["translation-of"] is null
            : !status.Equals("translation", StringComparison.OrdinalIgnoreCase);

        var document = new ParsedDocument(
            source,
            symbol ?? DocumentSymbolFor(resolutions, body, session, source),
            body,
            session,
            Setting("place") ?? DocumentMetadata.FindPlace(opening),
            Setting("date") ?? DocumentMetadata.FindDates(opening),
            language,
            isAuthoritative,
            Setting("note"),
            resolutions);
        return new ParseResult(document, []) { Warnings = warnings };
    }

    /// <summary>
    /// The session the title page or chapeau states. The search stops after the first clause: paragraphs name other
    /// sessions ("to report at its sixtieth session"). A General Assembly heading states it best ("58/85." → 58).
    /// </summary>
    private static int? SessionStated(IReadOnlyList<string> opening)
    {
        foreach (var line in opening)
        {
            if (ResolutionHeading.TryRead(line, new HeadingContext("UN", null, Language.En), out var heading) && DocumentMetadata.SessionOfSymbol(heading.Key) is { } fromKey)
                return fromKey;
            if (OrdinalWords.FindSession(line) is { } stated)
                return stated;
            if (ClauseOpening.Classify(line) != OpeningKind.Unknown)
                return null;
        }
        return null;
    }

    internal static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 4096));
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0' || c == '\uFFFD')
                return true;
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
                control++;
        }
        return control > sample.Length / 20;
    }

    /// <summary>
    /// A copy without a symbol is still one document: a single UN resolution is its own symbol ("A/RES/58/85"),
    /// an Arab League or OIC session is named by body and session, anything else by its file name.
    /// </summary>
    private static string DocumentSymbolFor(IReadOnlyList<ParsedResolution> resolutions, string body, int? session, string source)
    {
        var first = resolutions[0].Key;
        if (first.StartsWith("A/", StringComparison.Ordinal) || first.StartsWith("S/", StringComparison.Ordinal))
            return resolutions.Count == 1 ? first : $"{first} …";
        if (body == "LAS" && first.StartsWith("LAS/", StringComparison.Ordinal))
            return session is { } s ? $"{string.Join('/', first.Split('/').Take(2)).Split(' ')[0]} ({s})" : FileStem(source);
        if (body == "OIC" && session is { } oic)
            return first.EndsWith("(IS)", StringComparison.Ordinal) ? $"OIC/SUM-{oic}" : $"OIC/CFM-{oic}";
        return FileStem(source);
    }

    /// <summary>The key of a headless copy: its resolution symbol, else its file name.</summary>
    private static string ImplicitKey(string? symbol, string source) =>
        symbol is not null && ResolutionSymbols.Find(symbol).Any() ? symbol : FileStem(source);

    /// <summary>"un-ga-58-85.en.html" → "un-ga-58-85".</summary>
    internal static string FileStem(string source)
    {
        var name = Path.GetFileNameWithoutExtension(source);
        return LanguageSuffix().Replace(name, "");
    }

    private static string? LeagueLevel(IEnumerable<string> opening)
    {
        foreach (var line in opening)
        {
            if (SummitLevel().IsMatch(line))
                return "SUM";
            if (MinisterialLevel().IsMatch(line))
                return "MIN";
        }
        return null;
    }

    private static bool TryResolveLanguage(string? declared, string[] lines, int start, out Language language, out string error)
    {
        error = "";
        if (declared is not null)
        {
            if (LanguageCodes.TryParse(declared, out language))
                return true;
            error = $"unsupported language \"{declared}\" (use ar, en or fr)";
            return false;
        }
        language = LanguageDetector.Guess(string.Join('\n', lines.Skip(start).Take(400))).Language;
        return true;
    }

    [GeneratedRegex(@"مستوى\s+القمة|القمة\s+العربية|^ق\s*\.\s*ق|at\s+(?:the\s+)?Summit\s+Level|Arab\s+Summit|au\s+niveau\s+du\s+sommet|Sommet\s+arabe", RegexOptions.IgnoreCase)]
    private static partial Regex SummitLevel();

    [GeneratedRegex(@"المستوى\s+الوزاري|at\s+(?:the\s+)?Ministerial\s+Level|au\s+niveau\s+ministériel", RegexOptions.IgnoreCase)]
    private static partial Regex MinisterialLevel();

    [GeneratedRegex(@"[._-](?:ar|en|fr)$", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageSuffix();
}
