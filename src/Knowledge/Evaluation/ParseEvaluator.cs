using System.Text;
using System.Text.RegularExpressions;
using ResBot.Knowledge.Corpus;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Parsing;

namespace ResBot.Knowledge.Evaluation;

/// <summary>
/// Scores the document reader against a test set: every file of &lt;folder&gt;/{text,html,docx,pdf} read as the corpus
/// reads it (<see cref="CorpusLoader.ReadFile"/>), compared with &lt;folder&gt;/truth/&lt;stem&gt;.json by resolution
/// key, paragraph key, kind and text. Pure comparison in <see cref="Score"/>; <see cref="Run"/> adds the files.
/// </summary>
public static partial class ParseEvaluator
{
    public static ParseEvalReport Run(string folder)
    {
        var results = new List<ParseFileResult>();
        var untruthed = new List<string>();
        var truths = new Dictionary<string, ParseTruth>(StringComparer.Ordinal);
        foreach (var format in ParseEvalReport.FormatOrder)
        {
            foreach (var path in CorpusLoader.CorpusFiles(Path.Combine(folder, format)))
            {
                var stem = Path.GetFileNameWithoutExtension(path);
                var truthPath = Path.Combine(folder, "truth", stem + ".json");
                if (!truths.TryGetValue(stem, out var truth))
                {
                    if (!File.Exists(truthPath))
                    {
                        untruthed.Add(Path.GetRelativePath(folder, path));
                        continue;
                    }
                    truth = truths[stem] = ParseTruth.Read(truthPath);
                }
                results.Add(Score(truth, CorpusLoader.ReadFile(path), stem, format));
            }
        }
        return new ParseEvalReport(results, untruthed);
    }

    /// <summary>One file's report against its truth.</summary>
    public static ParseFileResult Score(ParseTruth truth, CorpusFileReport report, string stem, string format)
    {
        var mismatches = new List<ParseMismatch>();
        var messages = report.Errors.Concat(report.Warnings).Select(e => e.ToString()).ToList();
        var paragraphsTrue = truth.Resolutions.Sum(r => r.Paragraphs.Count);
        var metadataChecked = (truth.Symbol is null ? 0 : 1) + 2;
        var document = report.Accepted ? report.Document : null;
        if (document is null)
        {
            mismatches.Add(new ParseMismatch("document", "refused", "accepted", messages.FirstOrDefault() ?? "no document"));
            var refused = new ParseScore(1, 0, truth.Resolutions.Count, 0, 0, paragraphsTrue, 0, 0, 0, 0, metadataChecked, 0);
            return new ParseFileResult(report.Path, stem, format, truth.Language, refused, mismatches, messages);
        }

        var metadataRight = CompareMetadata(truth, document, mismatches);
        int found = 0, keyed = 0, kind = 0, text = 0, extraParagraphs = 0;
        var read = document.Resolutions.GroupBy(r => Key(r.Key)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var expected in truth.Resolutions)
        {
            if (!read.TryGetValue(Key(expected.Key), out var got))
            {
                mismatches.Add(new ParseMismatch(expected.Key, "resolution missing", Short(expected.Title), ""));
                continue;
            }
            found++;
            var byKey = Flatten(got.Paragraphs).GroupBy(p => Key(p.Key)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var paragraph in expected.Paragraphs)
            {
                var where = $"{expected.Key}:{paragraph.Key}";
                if (!byKey.TryGetValue(Key(paragraph.Key), out var gotParagraph))
                {
                    mismatches.Add(new ParseMismatch(where, "paragraph missing", Short(paragraph.Text), ""));
                    continue;
                }
                keyed++;
                if (gotParagraph.Kind.Name() == paragraph.Kind)
                    kind++;
                else
                    mismatches.Add(new ParseMismatch(where, "kind", paragraph.Kind, gotParagraph.Kind.Name()));
                if (Comparable(gotParagraph.Text) == Comparable(paragraph.Text))
                    text++;
                else
                    mismatches.Add(new ParseMismatch(where, "text", Short(paragraph.Text), Short(gotParagraph.Text)));
            }
            var trueKeys = expected.Paragraphs.Select(p => Key(p.Key)).ToHashSet(StringComparer.Ordinal);
            foreach (var extra in Flatten(got.Paragraphs).Where(p => !trueKeys.Contains(Key(p.Key))))
            {
                extraParagraphs++;
                mismatches.Add(new ParseMismatch($"{expected.Key}:{extra.Key}", "paragraph extra", "", Short(extra.Text)));
            }
        }
        var trueResolutions = truth.Resolutions.Select(r => Key(r.Key)).ToHashSet(StringComparer.Ordinal);
        var extraResolutions = document.Resolutions.Where(r => !trueResolutions.Contains(Key(r.Key))).ToList();
        foreach (var extra in extraResolutions)
            mismatches.Add(new ParseMismatch(extra.Key, "resolution extra", "", Short(extra.Title)));

        var score = new ParseScore(1, 1, truth.Resolutions.Count, found, extraResolutions.Count,
            paragraphsTrue, keyed, kind, text, extraParagraphs, metadataChecked, metadataRight);
        return new ParseFileResult(report.Path, stem, format, truth.Language, score, mismatches, messages);
    }

    /// <summary>Texts compare after NFKC (Arabic presentation forms, ligatures) and collapsing white space, nothing else.</summary>
    public static string Comparable(string text) =>
        Whitespace().Replace(text.Normalize(NormalizationForm.FormKC), " ").Trim();

    private static int CompareMetadata(ParseTruth truth, ParsedDocument document, List<ParseMismatch> mismatches)
    {
        var right = 0;
        if (truth.Symbol is not null)
            right += Check("symbol", truth.Symbol, document.Symbol);
        right += Check("body", truth.Body, document.Body);
        right += Check("session", truth.Session?.ToString() ?? "none", document.Session?.ToString() ?? "none");
        return right;

        int Check(string what, string expected, string got)
        {
            if (Key(expected).Equals(Key(got), StringComparison.OrdinalIgnoreCase))
                return 1;
            mismatches.Add(new ParseMismatch("document", what, expected, got));
            return 0;
        }
    }

    /// <summary>Keys compare as printed, white space collapsed: "S/RES/2231 (2015)", "2(a)".</summary>
    private static string Key(string key) => Whitespace().Replace(key, " ").Trim();

    private static string Short(string text)
    {
        var clean = Comparable(text);
        return clean.Length <= 80 ? clean : clean[..80] + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Paragraphs and their sub-items ("2(a)"), each scored on its own as the truth lists them.</summary>
    private static IEnumerable<ParsedParagraph> Flatten(IEnumerable<ParsedParagraph> paragraphs) =>
        paragraphs.SelectMany(p => p.SubItems.Prepend(p));
}
