using System.Text.RegularExpressions;
using ResBot.Knowledge.Decoding;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Understanding;

namespace ResBot.Knowledge.Parsing;

/// <summary>
/// Reads a plain-text export of a resolution document (Arabic, English or French) into resolutions and paragraphs.
/// Built to survive real exports: bold markers, list dashes before numbers ("- 1-"), reversed numbers ("-4 يطلب"),
/// bullets before unnumbered paragraphs, paragraphs broken by stray blank lines, tables of contents, and
/// `{ } { } { }` separators. Pure: text in, structure or errors (with line numbers) out.
/// </summary>
public static partial class DocumentParser
{
    /// <summary>Longest line accepted: anything longer is not a paragraph of a resolution but a broken or binary file.</summary>
    private const int MaxLineLength = 20_000;

    public static ParseResult Parse(string text, string source)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ParseResult.Failed(source, 0, "the file is empty");
        if (LooksBinary(text))
            return ParseResult.Failed(source, 0, "the file is not text (binary content)");
        return Parse(PlainTextDecoder.FromText(text), source);
    }

    /// <summary>Reads a decoded file of any format: its blocks, as lines, go through the same structure reader.</summary>
    public static ParseResult Parse(DecodedDocument decoded, string source)
    {
        var lines = decoded.Lines();
        if (lines.All(string.IsNullOrWhiteSpace))
            return ParseResult.Failed(source, 0, "the file is empty");
        var header = FrontMatter.Read(lines, out var headerError, source);
        if (headerError is not null)
            return new ParseResult(null, [headerError]);

        var tooLong = Array.FindIndex(lines, l => l.Length > MaxLineLength);
        if (tooLong >= 0)
            return ParseResult.Failed(source, tooLong + 1, $"line is longer than {MaxLineLength} characters");

        if (!TryResolveLanguage(header, lines, header.BodyStartLine, out var language, out var languageError))
            return ParseResult.Failed(source, 0, languageError);

        var body = header["body"];
        var symbol = header["symbol"] ?? FindSymbol(lines, header.BodyStartLine);
        if (symbol is null)
            return ParseResult.Failed(source, 0, "no document symbol found (add `symbol:` to the metadata header)");
        body ??= BodyOf(symbol);

        var errors = new List<ParseError>();
        var resolutions = new ResolutionReader(source, body, errors).Read(lines, header.BodyStartLine);
        if (resolutions.Count == 0 && errors.Count == 0)
            errors.Add(new ParseError(source, 0, "no resolution heading found (e.g. \"قرار رقم 38/4-إع\", \"RESOLUTION No. 4/38-INF\", \"RÉSOLUTION N° 4/38-INF\")"));
        if (errors.Count > 0)
            return new ParseResult(null, errors);

        var status = header["status"];
        var isAuthoritative = status is null
            ? header["translation-of"] is null
            : !status.Equals("translation", StringComparison.OrdinalIgnoreCase);

        var document = new ParsedDocument(
            source,
            symbol,
            body,
            int.TryParse(header["session"], out var session) ? session : SessionOf(symbol),
            header["place"] ?? FindPlace(lines, header.BodyStartLine),
            header["date"] ?? FindDates(lines, header.BodyStartLine),
            language,
            isAuthoritative,
            header["note"],
            resolutions);
        return new ParseResult(document, []);
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

    private static bool TryResolveLanguage(FrontMatter header, string[] lines, int start, out Language language, out string error)
    {
        error = "";
        if (header["language"] is { } declared)
        {
            if (LanguageCodes.TryParse(declared, out language))
                return true;
            error = $"unsupported language \"{declared}\" (use ar, en or fr)";
            return false;
        }
        language = LanguageDetector.Guess(string.Join('\n', lines.Skip(start).Take(400))).Language;
        return true;
    }

    private static string? FindSymbol(string[] lines, int start)
    {
        foreach (var line in lines.Skip(start).Take(60))
        {
            var match = Symbol().Match(line);
            if (match.Success)
                return match.Value;
        }
        return null;
    }

    /// <summary>"OIC/CFM-38/…" → OIC; "A/RES/60/1" → UN; "LAS/…" → LAS.</summary>
    private static string BodyOf(string symbol) => symbol.Split('/')[0] switch
    {
        "A" or "S" or "E" => "UN",
        var first => first,
    };

    private static int? SessionOf(string symbol)
    {
        var match = SessionInSymbol().Match(symbol);
        return match.Success ? int.Parse(match.Groups[1].Value) : null;
    }

    private static string? FindPlace(string[] lines, int start) =>
        HeaderLines(lines, start).FirstOrDefault(l => PlaceLine().IsMatch(l)) is { } line
            ? PlaceLine().Match(line).Value.Trim(' ', '–', '-', ',')
            : null;

    private static string? FindDates(string[] lines, int start) =>
        HeaderLines(lines, start).Select(l => GregorianDates().Match(l)).FirstOrDefault(m => m.Success)?.Value.Trim();

    /// <summary>The lines before the first resolution heading: title page and table of contents.</summary>
    private static IEnumerable<string> HeaderLines(string[] lines, int start) =>
        lines.Skip(start).Select(TextNormalizer.CleanLine).TakeWhile(l => !ResolutionHeading.IsHeading(l)).Take(40);

    [GeneratedRegex(@"\b[A-Z]{1,6}(?:/[A-Z0-9][A-Z0-9.\-]*){2,}")]
    private static partial Regex Symbol();

    [GeneratedRegex(@"-(\d{1,3})(?:/|$)")]
    private static partial Regex SessionInSymbol();

    [GeneratedRegex(@"^[\p{L} ]+[–-]\s*(?:جمهورية|المملكة|دولة|Republic|Kingdom|State|République|Royaume|État)[\p{L} ]+")]
    private static partial Regex PlaceLine();

    [GeneratedRegex(@"\d{1,2}\s*[–-]\s*\d{1,2}\s+(?:يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+\d{4}", RegexOptions.IgnoreCase)]
    private static partial Regex GregorianDates();
}
