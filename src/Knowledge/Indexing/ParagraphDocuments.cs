using System.Globalization;
using ResBot.Knowledge.Understanding;
using Lucene.Net.Documents;
using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Indexing;

/// <summary>
/// Makes the Lucene document of each paragraph (see <see cref="ClauseIndex"/> for its fields) from one set of fields
/// that is filled again for every paragraph, as Lucene allows between two AddDocument calls: a new field object per
/// value would also make a new token stream, whose attribute classes are looked up under a lock every core shares.
/// Not thread-safe: one per thread. A text <paramref name="analysed"/> holds is indexed from the tokens kept there.
/// </summary>
internal sealed class ParagraphDocuments(AnalysedTexts? analysed)
{
    /// <summary>Each single addressee flag, with the value the index holds for it.</summary>
    private static readonly (Addressee Flag, string Value)[] AddresseeFlags = Enum.GetValues<Addressee>().Where(f => f != Addressee.None).Select(f => (f, f.ToString())).ToArray();

    private readonly NumericDocValuesField _ordinal = new(ClauseIndex.OrdinalField, 0);
    private readonly StringField _document = Keyword(ClauseIndex.DocumentField);
    private readonly StringField _resolution = Keyword(ClauseIndex.ResolutionField);
    private readonly StringField _kind = Keyword(ClauseIndex.KindField);
    private readonly StringField _action = Keyword(ClauseIndex.ActionField);
    private readonly StringField _body = Keyword(ClauseIndex.BodyField);
    private readonly List<StringField> _addressees = [];
    private readonly List<StringField> _terms = [];
    private readonly List<StringField> _sessions = [];
    private readonly Dictionary<Language, TextField> _texts = LanguageCodes.All.ToDictionary(l => l, l => new TextField(ClauseIndex.TextField(l), "", Field.Store.NO));
    private readonly Dictionary<Language, (TextField Field, PreAnalysedTokenStream Stream)> _replayed = LanguageCodes.All.ToDictionary(l => l, l =>
    {
        var stream = new PreAnalysedTokenStream();
        return (new TextField(ClauseIndex.TextField(l), stream), stream);
    });

    /// <summary>Sets what the documents of <paramref name="resolution"/>'s paragraphs share, before <see cref="For"/> is called for each.</summary>
    public void Start(Resolution resolution)
    {
        _document.SetStringValue(DocumentKeys.Of(resolution.DocumentSymbol));
        _resolution.SetStringValue(resolution.Key);
        _body.SetStringValue(ResolutionKeys.BodyOf(resolution.Key));
    }

    /// <summary>The document of <paramref name="paragraph"/>, of the resolution last <see cref="Start"/>ed.</summary>
    public Document For(Paragraph paragraph, int slot)
    {
        _ordinal.SetInt64Value(slot);
        _kind.SetStringValue(paragraph.Kind.Name());
        _action.SetStringValue(paragraph.Action.ToString());
        var document = new Document { _ordinal, _document, _resolution, _kind, _action, _body };
        var added = 0;
        foreach (var (flag, value) in AddresseeFlags)
        {
            if ((paragraph.Addressees & flag) != 0)
                document.Add(Value(_addressees, added++, ClauseIndex.AddresseeField, value));
        }
        for (var i = 0; i < paragraph.Terms.Count; i++)
            document.Add(Value(_terms, i, ClauseIndex.TermsField, paragraph.Terms[i]));
        // Read from one version: a session's number is the same in all, and Latin ordinals are read most surely.
        var sessions = ReferenceParser.AllSessions(SessionText(paragraph));
        for (var i = 0; i < sessions.Count; i++)
            document.Add(Value(_sessions, i, ClauseIndex.SessionsField, sessions[i].ToString(CultureInfo.InvariantCulture)));
        foreach (var (language, text) in paragraph.Texts)
        {
            // A paragraph under a section heading is searched with the heading before it (Paragraph.SearchableText).
            var tokens = paragraph.SectionTitles.TryGetValue(language, out var heading) ? analysed?.TakeUnder(heading, text, language) : analysed?.Take(text, language);
            if (tokens is not null)
            {
                var (field, stream) = _replayed[language];
                stream.Load(analysed!, tokens, language);
                document.Add(field);
                continue;
            }
            var plain = _texts[language];
            plain.SetStringValue(paragraph.SearchableText(language));
            document.Add(plain);
        }
        return document;
    }

    private static string SessionText(Paragraph paragraph) =>
        paragraph.Texts.GetValueOrDefault(Language.En) ?? paragraph.Texts.GetValueOrDefault(Language.Fr) ?? paragraph.Texts.Values.FirstOrDefault() ?? "";

    /// <summary>The <paramref name="index"/>th field of a field that takes several values in a document, made once.</summary>
    private static StringField Value(List<StringField> fields, int index, string name, string value)
    {
        if (index == fields.Count)
            fields.Add(Keyword(name));
        fields[index].SetStringValue(value);
        return fields[index];
    }

    private static StringField Keyword(string name) => new(name, "", Field.Store.NO);
}
