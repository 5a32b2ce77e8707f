using ResBot.Knowledge.Parsing;
using System.Text.RegularExpressions;

namespace ResBot.Bot.Generative;

/// <summary>
/// Checks every citation of a generated text against the clauses the prompt held. Whatever sits in square brackets
/// is a citation: it survives only if it names a retrieved clause, so a model that invents "[99/99 ¶1]" (or obeys a
/// question telling it to) cannot put a false citation in front of a user. Pure, so it is table-tested.
/// </summary>
internal static partial class CitationChecker
{
    /// <param name="generated">The model's text.</param>
    /// <param name="allowedShortKeys">The keys of the clauses the prompt held.</param>
    /// <param name="quotedTexts">Their texts: a resolution they mention ("guided by resolution 37/1") may be named too.</param>
    public static CitationCheck Check(string generated, IEnumerable<string> allowedShortKeys, IEnumerable<string>? quotedTexts = null)
    {
        var allowed = allowedShortKeys.ToDictionary(Canonical, k => k, StringComparer.OrdinalIgnoreCase);
        var knownResolutions = allowed.Keys.Select(k => k.Split(' ')[0])
            .Concat((quotedTexts ?? []).SelectMany(t => BareReference().Matches(TextNormalizer.ToAsciiDigits(t)).Select(m => Squeeze(m.Value))))
            .ToHashSet(StringComparer.Ordinal);
        var cited = new List<string>();
        var removed = 0;

        var text = BracketGroup().Replace(generated, group =>
        {
            var valid = new List<string>();
            var items = 0;
            string? resolution = null;
            foreach (Match item in CitationItem().Matches(TextNormalizer.ToAsciiDigits(group.Groups["body"].Value)))
            {
                items++;
                resolution = item.Groups["res"].Success ? Squeeze(item.Groups["res"].Value) : resolution;
                if (resolution is not null && allowed.TryGetValue($"{resolution} ¶{item.Groups["para"].Value}", out var key))
                    valid.Add(key);
            }
            removed += valid.Count == 0 ? Math.Max(items, 1) : items - valid.Count;
            foreach (var key in valid.Where(k => !cited.Contains(k)))
                cited.Add(key);
            return valid.Count == 0 ? "" : group.Groups["lead"].Value + string.Concat(valid.Distinct().Select(k => $"[{k}]"));
        });

        text = SpaceBeforePunctuation().Replace(MultipleSpaces().Replace(text, " "), "$1").Trim();
        var unknown = BareReference().Matches(TextNormalizer.ToAsciiDigits(text))
            .Select(m => Squeeze(m.Value))
            .Where(r => !knownResolutions.Contains(r) && !knownResolutions.Contains(Reversed(r)))
            .Distinct()
            .ToList();
        return new CitationCheck(text, cited, removed, unknown);
    }

    /// <summary>"38/4 ¶5" in the form the parser produces, so "38/4 ¶ 5" and "٣٨/٤ ¶٥" match.</summary>
    private static string Canonical(string shortKey)
    {
        var match = CitationItem().Match(TextNormalizer.ToAsciiDigits(shortKey));
        return match.Success && match.Groups["res"].Success
            ? $"{Squeeze(match.Groups["res"].Value)} ¶{match.Groups["para"].Value}"
            : shortKey;
    }

    private static string Squeeze(string resolution) => resolution.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>Arabic texts print resolution numbers session-last ("4/38"): the same resolution.</summary>
    private static string Reversed(string resolution)
    {
        var parts = resolution.Split('/');
        return parts.Length == 2 ? $"{parts[1]}/{parts[0]}" : resolution;
    }

    [GeneratedRegex(@"(?<lead>\s?)\[(?<body>[^\[\]\r\n]{0,120})\]")]
    private static partial Regex BracketGroup();

    /// <summary>"38/4 ¶5", "38/4, ¶ E.1", or "¶6" continuing the previous resolution.</summary>
    [GeneratedRegex(@"(?:(?<res>\d{1,4}\s*/\s*\d{1,4})\s*,?\s*)?¶\s*(?<para>[\p{L}\p{Nd}](?:[\p{L}\p{Nd}.\-]*[\p{L}\p{Nd}])?)")]
    private static partial Regex CitationItem();

    [GeneratedRegex(@"(?<![\d/])\d{1,3}\s?/\s?\d{1,3}(?![\d/])")]
    private static partial Regex BareReference();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex MultipleSpaces();

    [GeneratedRegex(@"[ \t]+([.,;:،؛])")]
    private static partial Regex SpaceBeforePunctuation();
}
