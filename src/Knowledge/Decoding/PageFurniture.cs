using System.Text.RegularExpressions;

namespace ResBot.Knowledge.Decoding;

/// <summary>
/// Running headers and footers (the symbol, "Page 3", "- 3 -", a distribution line "GE.11-12345") and bare page
/// numbers: lines in the top or bottom margin that print the same text, numbers aside, at the same height on most
/// pages. Their first occurrence is kept when it carries the document symbol, which the structure reader needs.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>Share of the page height, from the top or the bottom edge, where furniture lives.</summary>
    private const double Margin = 0.12;

    /// <summary>How far apart (points) two copies of a header may sit.</summary>
    private const double SameHeight = 4;

    public static int Remove(List<PdfLine> lines, int pageCount)
    {
        var marginal = lines.Where(InMargin).ToList();
        var remove = new HashSet<PdfLine>(ReferenceEqualityComparer.Instance);

        if (pageCount >= 2)
        {
            foreach (var group in marginal.GroupBy(l => Key(l.Text)))
            {
                var members = group.ToList();
                var height = members.Select(l => l.Baseline).Order().ElementAt(members.Count / 2);
                var same = members.Where(l => Math.Abs(l.Baseline - height) <= SameHeight).ToList();
                var pages = same.Select(l => l.Page).Distinct().Count();
                if (pages < 2 || pages * 2 < pageCount)
                    continue;
                var keepFirst = Parsing.DocumentMetadata.FindSymbol([same[0].Text]) is not null;
                foreach (var line in same.Skip(keepFirst ? 1 : 0))
                    remove.Add(line);
            }
        }

        // A bare number at the very top or bottom of a page is its page number, even when it does not repeat.
        foreach (var page in lines.GroupBy(l => l.Page))
        {
            var onPage = page.ToList();
            foreach (var edge in new[] { onPage.MaxBy(l => l.Baseline)!, onPage.MinBy(l => l.Baseline)! })
            {
                if (InMargin(edge) && PageNumber().IsMatch(edge.Text.Trim()))
                    remove.Add(edge);
            }
        }

        lines.RemoveAll(remove.Contains);
        return remove.Count;
    }

    private static bool InMargin(PdfLine line) =>
        line.Baseline > line.PageHeight * (1 - Margin) || line.Baseline < line.PageHeight * Margin;

    private static string Key(string text) => Digits().Replace(Spaces().Replace(text.Trim(), " "), "#");

    [GeneratedRegex(@"[0-9\u0660-\u0669\u06F0-\u06F9]+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[-–—\s]*(?:(?:page|p\.|صفحة|الصفحة)\s*)?[0-9\u0660-\u0669]{1,4}(?:\s*(?:/|of|de|sur|من)\s*[0-9\u0660-\u0669]{1,4})?[-–—\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
