using System.Globalization;
using ResBot.Knowledge.Decoding;

namespace ResBot.Knowledge.Tests.Decoding;

/// <summary>Visual order (glyphs left to right as printed) back to the order a reader types.</summary>
public sealed class ArabicVisualOrderTests
{
    /// <summary>The visual form of right-to-left text: its graphemes reversed, as an Arabic word is printed.</summary>
    private static string V(string logical)
    {
        var elements = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(logical);
        while (e.MoveNext())
            elements.Add(e.GetTextElement());
        elements.Reverse();
        return string.Concat(elements);
    }

    public static TheoryData<string, bool, string> Lines => new()
    {
        // Resolution heading: the number keeps its order, the code after the dash is Arabic.
        { V("إع") + "-38/4 " + V("رقم") + " " + V("قرار"), true, "قرار رقم 38/4-إع" },
        // Numbered paragraph: the number is printed at the right end.
        { V("يدعو الدول") + " -1", true, "1- يدعو الدول" },
        // Two numbers joined by a spaced dash take the line's direction: printed "30 - 28".
        { V("يونيو") + " 30 - 28 " + V("من"), true, "من 28 - 30 يونيو" },
        // Latin words and a Latin acronym with its dash keep their order inside Arabic.
        { V("عن") + " Islamic News Agency " + V("تقرير"), true, "تقرير Islamic News Agency عن" },
        { V("المنشأ") + " )OIC-CERT( " + V("فريق"), true, "فريق (OIC-CERT) المنشأ" },
        // Section letter: a producer that names glyphs by the character typed prints ")أ(" from left to right.
        { ")" + V("أ") + "( " + V("الدعم"), true, "الدعم (أ)" },
        // A haraka stays on its letter.
        { V("استناداً"), true, "استناداً" },
        // A Latin line turns only its Arabic words round.
        { "The word " + V("قرار رقم") + " means resolution", false, "The word قرار رقم means resolution" },
        { "RESOLUTION No. 2/40-INF", false, "RESOLUTION No. 2/40-INF" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Visual_lines_come_back_in_logical_order(string visual, bool rightToLeft, string logical) =>
        Assert.Equal(logical, ArabicVisualOrder.ToLogical(visual, rightToLeft).Text);

    [Fact]
    public void Brackets_named_by_their_printed_shape_are_mirrored_in_the_alternative_reading()
    {
        // Shape-named glyphs: the "(" typed first is printed at the right end as a ")" shape.
        var line = ArabicVisualOrder.ToLogical("(" + V("أ") + ") " + V("الدعم"), rightToLeft: true);
        Assert.Equal("الدعم )أ(", line.Text);
        Assert.Equal("الدعم (أ)", line.Mirrored);
        Assert.Equal(1, ArabicVisualOrder.UnbalancedBrackets(line.Text));
        Assert.Equal(0, ArabicVisualOrder.UnbalancedBrackets(line.Mirrored));
    }

    [Theory]
    [InlineData("قرار رقم 38/4-إع", true)]
    [InlineData("OIC/CFM-40/2013/INF/RES/FINAL", false)]
    [InlineData("فريق الاستجابة (OIC-CERT)", true)]
    [InlineData("- 3 -", false)]
    public void Line_direction_follows_the_majority_of_letters(string text, bool rightToLeft) =>
        Assert.Equal(rightToLeft, ArabicVisualOrder.IsRightToLeft(text));
}
