using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;

namespace ResBot.Knowledge.Decoding;

/// <summary>
/// The letters of one page grouped into lines by baseline, spaced by the gaps between glyphs, put in logical
/// order, and sorted into reading order: top to bottom, and column by column when the page has a gutter.
/// </summary>
internal static class PdfPageLines
{
    /// <summary>A gap wider than this, in font sizes, is a word space. Letter gaps in text PDFs are near zero;
    /// the narrowest space of the common fonts is about a fifth of the size.</summary>
    private const double WordGap = 0.15;

    /// <summary>A gap wider than this, in font sizes, may be a column gutter (justified word spaces stay below it).</summary>
    private const double GutterGap = 1.5;

    private sealed record Glyph(string Text, double Left, double Right, double Baseline, double Size, bool IsMark);

    public static IEnumerable<PdfLine> Read(Page page)
    {
        var glyphs = Glyphs(page);
        if (glyphs.Count == 0)
            return [];
        var rows = Rows(glyphs);
        var pieces = SplitColumns(rows, page.Width);
        return pieces.Select(p => ToLine(page, p)).Where(l => l.Text.Trim().Length > 0).ToList();
    }

    private static List<Glyph> Glyphs(Page page)
    {
        var glyphs = new List<Glyph>(page.Letters.Count);
        Glyph? pending = null;
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal)
                continue;
            var value = letter.Value.Normalize(NormalizationForm.FormKC);
            if (string.IsNullOrWhiteSpace(value))
                continue;
            var left = Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X);
            var right = Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X);
            var size = letter.PointSize > 0 ? letter.PointSize : 10;
            var isMark = value.All(c => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark);

            // A ligature (lam-alef) arrives as a zero-width letter and the full-width one drawn at the same place.
            if (pending is not null)
            {
                if (Math.Abs(pending.Left - left) < size * 0.1 && !isMark)
                {
                    var arabic = ArabicVisualOrder.IsArabicScript(value[0]);
                    glyphs.Add(new Glyph(arabic ? value + pending.Text : pending.Text + value, left, right, letter.StartBaseLine.Y, size, false));
                    pending = null;
                    continue;
                }
                glyphs.Add(pending);
                pending = null;
            }
            var glyph = new Glyph(value, left, right, letter.StartBaseLine.Y, size, isMark);
            if (right - left < size * 0.01 && !isMark)
                pending = glyph;
            else
                glyphs.Add(glyph);
        }
        if (pending is not null)
            glyphs.Add(pending);
        return glyphs;
    }

    /// <summary>Glyphs sharing a baseline (within a third of the size: raised marks and small size changes stay in), left to right.</summary>
    private static List<List<Glyph>> Rows(List<Glyph> glyphs)
    {
        var rows = new List<(double Baseline, double Size, List<Glyph> Glyphs)>();
        foreach (var glyph in glyphs.OrderByDescending(g => g.Baseline))
        {
            if (rows.Count > 0 && rows[^1].Baseline - glyph.Baseline < Math.Max(rows[^1].Size, glyph.Size) * 0.35)
                rows[^1].Glyphs.Add(glyph);
            else
                rows.Add((glyph.Baseline, glyph.Size, [glyph]));
        }
        var result = new List<List<Glyph>>(rows.Count);
        foreach (var row in rows)
        {
            // Stable sort: glyphs at the same x keep the order they were drawn in.
            var sorted = row.Glyphs.Where(g => !g.IsMark).OrderBy(g => g.Left).ToList();
            foreach (var mark in row.Glyphs.Where(g => g.IsMark))
                AttachMark(sorted, mark);
            if (sorted.Count > 0)
                result.Add(sorted);
        }
        return result;
    }

    /// <summary>A mark (a haraka) joins the letter it is drawn over, so reordering never separates them.</summary>
    private static void AttachMark(List<Glyph> sorted, Glyph mark)
    {
        if (sorted.Count == 0)
        {
            sorted.Add(mark with { IsMark = false });
            return;
        }
        var centre = (mark.Left + mark.Right) / 2;
        var best = 0;
        for (var i = 1; i < sorted.Count; i++)
        {
            if (Distance(sorted[i], centre) < Distance(sorted[best], centre))
                best = i;
        }
        sorted[best] = sorted[best] with { Text = sorted[best].Text + mark.Text };

        static double Distance(Glyph g, double x) => x < g.Left ? g.Left - x : x > g.Right ? x - g.Right : 0;
    }

    /// <summary>
    /// Finds a gutter: an x that no row's text crosses, with text on both sides in enough rows. Rows that cross it
    /// (a full-width heading) cut the page into bands; each band is read column by column, the right column first
    /// on an Arabic page.
    /// </summary>
    private static List<List<Glyph>> SplitColumns(List<List<Glyph>> rows, double pageWidth)
    {
        if (rows.Count < 6 || FindGutter(rows, pageWidth) is not { } gutter)
            return rows;

        var rightFirst = rows.Count(r => ArabicVisualOrder.IsRightToLeft(string.Concat(r.Select(g => g.Text)))) * 2 > rows.Count;
        var result = new List<List<Glyph>>();
        var first = new List<List<Glyph>>();
        var second = new List<List<Glyph>>();
        foreach (var row in rows)
        {
            if (Crosses(row, gutter))
            {
                Flush();
                result.Add(row);
                continue;
            }
            var left = row.Where(g => g.Right <= gutter).ToList();
            var right = row.Where(g => g.Left >= gutter).ToList();
            if (left.Count > 0)
                (rightFirst ? second : first).Add(left);
            if (right.Count > 0)
                (rightFirst ? first : second).Add(right);
        }
        Flush();
        return result;

        void Flush()
        {
            result.AddRange(first);
            result.AddRange(second);
            first.Clear();
            second.Clear();
        }
    }

    private static double? FindGutter(List<List<Glyph>> rows, double pageWidth)
    {
        // Only gaps a word space cannot explain are candidates.
        var candidates = new List<double>();
        foreach (var row in rows)
        {
            for (var i = 1; i < row.Count; i++)
            {
                var gap = row[i].Left - row[i - 1].Right;
                var middle = (row[i].Left + row[i - 1].Right) / 2;
                if (gap > GutterGap * row[i].Size && middle > pageWidth * 0.25 && middle < pageWidth * 0.75)
                    candidates.Add(middle);
            }
        }
        if (candidates.Count < 3)
            return null;
        double? best = null;
        var bestCrossing = int.MaxValue;
        foreach (var x in candidates.Distinct())
        {
            var crossing = rows.Count(r => Crosses(r, x));
            var both = rows.Count(r => r[0].Right <= x && r[^1].Left >= x);
            var leftOnly = rows.Count(r => r[^1].Right <= x);
            var rightOnly = rows.Count(r => r[0].Left >= x);
            // Most rows must show the gutter; a few full-width rows may cross it.
            if (both + leftOnly + rightOnly < rows.Count * 0.6 || both < 3 || crossing * 4 > rows.Count)
                continue;
            if (crossing < bestCrossing)
            {
                best = x;
                bestCrossing = crossing;
            }
        }
        return best;
    }

    private static bool Crosses(List<Glyph> row, double x) => row.Any(g => g.Left < x && g.Right > x);

    private static PdfLine ToLine(Page page, List<Glyph> row)
    {
        var clusters = new List<string>(row.Count * 2);
        for (var i = 0; i < row.Count; i++)
        {
            if (i > 0 && row[i].Left - row[i - 1].Right > WordGap * Math.Max(row[i].Size, row[i - 1].Size))
                clusters.Add(" ");
            clusters.Add(row[i].Text);
        }
        var visual = string.Concat(clusters);
        var rightToLeft = ArabicVisualOrder.IsRightToLeft(visual);
        var logical = ArabicVisualOrder.ToLogical(clusters, rightToLeft);
        var size = row.Max(g => g.Size);
        var baseline = row.GroupBy(g => Math.Round(g.Baseline)).OrderByDescending(g => g.Count()).First().Average(g => g.Baseline);
        return new PdfLine(page.Number, logical, rightToLeft, baseline, size, page.Height);
    }
}
