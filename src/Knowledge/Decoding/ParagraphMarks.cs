namespace ResBot.Knowledge.Decoding;

/// <summary>How a format shows where a paragraph ends: it decides when the reader joins a block to the one before.</summary>
public enum ParagraphMarks
{
    /// <summary>Text exports: a line is usually a paragraph, but stray breaks cut paragraphs anywhere.</summary>
    Lines,

    /// <summary>Word and web pages: every block is a paragraph; only a sentence cut by a stray break goes on.</summary>
    Blocks,

    /// <summary>PDF: lines are the page's line wraps and a blank line (a wider gap) ends a paragraph.</summary>
    BlankLines,
}
