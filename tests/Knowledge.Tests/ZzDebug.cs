using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;
using ResBot.Knowledge.Understanding;
using Xunit.Abstractions;

namespace ResBot.Knowledge.Tests;

[Collection(BundledCorpusCollection.Name)]
public sealed class ZzDebug(TestCorpus corpus, ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var reader = new QuestionReader(corpus.Knowledge.Glossary, corpus.Knowledge.Lexicon);
        foreach (var q in File.ReadAllLines("/tmp/answers2-dbg/q.txt"))
        {
            var lang = LanguageDetector.Detect(q);
            var i = reader.Read(q, lang, corpus.Knowledge.Corpus);
            output.WriteLine($"{q}\n  res={string.Join(",", i.Resolutions)} par={string.Join(",", i.Paragraphs)} addr={i.Addressee} dir={i.AsksForDirectives} act={string.Join(",", i.Actions)} terms={string.Join(",", i.TermIds)} content={string.Join(",", i.ContentTokens)} syn={string.Join(",", i.Synonyms)} fact={i.Fact} pre={i.AboutPreamble}");
            foreach (var h in corpus.Knowledge.Index.Search(ClauseQuery.ForTopic(i.ContentTokens, i.Synonyms, i.QuestionLanguage, i.TermIdsWithAddressees), 8))
                output.WriteLine($"    {h.Resolution.Key}:{h.Paragraph.Key} {h.Score:F2} terms={string.Join(",", h.Paragraph.Terms)} addr={h.Paragraph.Addressees} act={h.Paragraph.Action}");
        }
    }
}
