using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace ResBot.Knowledge.Tests.Indexing;

/// <summary>
/// Broken files of every format beside good ones: each is reported by name with what was wrong, nothing from it is
/// indexed, and every other document still answers.
/// </summary>
public sealed class BrokenDocumentsInCorpusTests : IDisposable
{
    private readonly string _corpusFolder = TestCorpus.CopyToTemporaryFolder();

    public static TheoryData<string, string> BrokenFiles => new()
    {
        { "scan.pdf", "scanned PDF: no text layer (run OCR first)" },
        { "corrupt.pdf", "PDF" },
        { "archive.docx", "not a Word document: the ZIP holds no word/document.xml" },
        { "welcome.html", "nothing resolution-like found" },
        { "huge.pdf", "file is larger than 64 MB" },
        { "notes.md", "nothing resolution-like found" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_broken_file_is_refused_by_name_and_the_others_still_answer(string name, string reason)
    {
        Write(name);
        using var corpus = TestCorpus.Over(_corpusFolder);

        var report = Assert.Single(corpus.Knowledge.Current.Reports, r => Path.GetFileName(r.Path) == name);
        Assert.False(report.Accepted);
        Assert.Contains(name, report.Errors[0].ToString());
        Assert.Contains(reason, report.Errors[0].Message);
        Assert.Equal(4, corpus.Knowledge.Corpus.Resolutions.Count);
        Assert.NotEmpty(corpus.Assistant.Ask(new ResBot.Knowledge.Answers.Question("What did 38/4 ask member states to do?")).Clauses);
    }

    private void Write(string name)
    {
        var path = Path.Combine(_corpusFolder, name);
        switch (name)
        {
            case "scan.pdf":
                var builder = new PdfDocumentBuilder();
                builder.AddPage(595, 842).AddPng(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Decoding", "Samples", "scan.png")), new PdfRectangle(50, 100, 545, 792));
                File.WriteAllBytes(path, builder.Build());
                break;
            case "corrupt.pdf":
                File.WriteAllBytes(path, Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >>\nbroken"));
                break;
            case "archive.docx":
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
                {
                    using var entry = new StreamWriter(zip.CreateEntry("notes.txt").Open());
                    entry.Write("not a Word document");
                }
                break;
            case "welcome.html":
                File.WriteAllText(path, "<!DOCTYPE html><html><body><nav>Home | News</nav><p>Welcome to our site.</p><footer>© 2026</footer></body></html>");
                break;
            case "huge.pdf":
                // Sparse: the size is what the loader checks first, the disk holds almost nothing.
                using (var stream = File.Create(path))
                    stream.SetLength(Corpus.CorpusLoader.MaxFileBytes + 1);
                break;
            default:
                File.WriteAllText(path, "# Notes\n\nThings to ask the secretariat next week.\n");
                break;
        }
    }

    public void Dispose() => Directory.Delete(_corpusFolder, recursive: true);
}
