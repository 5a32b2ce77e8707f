namespace ResBot.Knowledge.Decoding;

/// <summary>One printed line of a PDF page, in logical order, with where it sat (PDF points, y upwards).</summary>
internal sealed record PdfLine(int Page, ArabicVisualOrder.LogicalLine Logical, bool RightToLeft, double Baseline, double Size, double PageHeight)
{
    public string Text => Logical.Text;
}
