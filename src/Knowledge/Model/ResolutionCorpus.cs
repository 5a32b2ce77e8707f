namespace ResBot.Knowledge.Model;

/// <summary>Everything the bot knows: documents and their resolutions, aligned across languages.</summary>
public sealed class ResolutionCorpus
{
    private readonly Dictionary<string, Resolution> _byKey;
    private readonly Dictionary<string, DocumentInfo> _bySymbol;

    public ResolutionCorpus(IReadOnlyList<DocumentInfo> documents, IReadOnlyList<Resolution> resolutions)
    {
        Documents = documents;
        Resolutions = resolutions;
        // One pass over the resolutions, without a string made per key: this runs at every open, over 70,000 resolutions at a million paragraphs.
        _byKey = new Dictionary<string, Resolution>(resolutions.Count, StringComparer.OrdinalIgnoreCase);
        var sessions = new HashSet<string>(StringComparer.Ordinal);
        var session = sessions.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var resolution in resolutions)
        {
            // The first resolution listed wins a shared key: the list is latest first.
            _byKey.TryAdd(resolution.Key, resolution);
            var slash = resolution.Key.IndexOf('/');
            var first = slash < 0 ? resolution.Key.AsSpan() : resolution.Key.AsSpan(0, slash);
            if (!first.ContainsAnyExceptInRange('0', '9'))
                session.Add(first);
        }
        Sessions = sessions;
        _byShortForm = new Lazy<Dictionary<string, List<Resolution>>>(() => ShortFormsOf(resolutions), LazyThreadSafetyMode.ExecutionAndPublication);
        _bySymbol = new Dictionary<string, DocumentInfo>(documents.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var document in documents)
            _bySymbol.TryAdd(document.Symbol, document);
        _citing = new Lazy<Dictionary<string, List<(Resolution, int)>>>(() => Citing(resolutions), LazyThreadSafetyMode.ExecutionAndPublication);
        _byBody = new Lazy<Dictionary<string, List<Resolution>>>(
            () => resolutions.GroupBy(r => ResolutionKeys.BodyOf(r.Key), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The resolutions each short form names: made on the first question that uses one, not at open (three pattern
    /// matches per key, over 70,000 keys at a million paragraphs, at every start).
    /// </summary>
    private readonly Lazy<Dictionary<string, List<Resolution>>> _byShortForm;

    private static Dictionary<string, List<Resolution>> ShortFormsOf(IReadOnlyList<Resolution> resolutions)
    {
        var byShortForm = new Dictionary<string, List<Resolution>>(StringComparer.OrdinalIgnoreCase);
        foreach (var resolution in resolutions)
        {
            foreach (var form in ResolutionKeys.ShortForms(resolution.Key))
            {
                if (!byShortForm.TryGetValue(form, out var named))
                    byShortForm[form] = named = [];
                if (!named.Exists(r => r.Key == resolution.Key))
                    named.Add(resolution);
            }
        }
        return byShortForm;
    }

    /// <summary>
    /// For each form a resolution is cited in, the citing paragraphs as (resolution, paragraph position): made on the
    /// first question about citations, from the citations a persisted model keeps per resolution, so neither opening
    /// the corpus nor this reads a paragraph.
    /// </summary>
    private readonly Lazy<Dictionary<string, List<(Resolution Resolution, int Paragraph)>>> _citing;

    /// <summary>Each body's resolutions in corpus order, grouped on the first question that names a body.</summary>
    private readonly Lazy<Dictionary<string, List<Resolution>>> _byBody;

    /// <summary>The resolutions of <paramref name="body"/> (<see cref="ResolutionKeys.BodyOf"/>: "S/RES", "A/RES", "LAS", "OIC"), in corpus order.</summary>
    public IReadOnlyList<Resolution> ResolutionsOf(string body) => _byBody.Value.GetValueOrDefault(body) ?? [];

    private static Dictionary<string, List<(Resolution, int)>> Citing(IReadOnlyList<Resolution> resolutions)
    {
        var citing = new Dictionary<string, List<(Resolution, int)>>(StringComparer.OrdinalIgnoreCase);
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var resolution in resolutions)
        {
            // Each paragraph counts once per form, however many of its citations print it.
            foreach (var paragraph in Corpus.StoredParagraphs.CitationsOf(resolution).GroupBy(c => c.Paragraph))
            {
                forms.Clear();
                foreach (var form in paragraph.SelectMany(c => ResolutionKeys.CiteForms(c.Cite)))
                {
                    if (!forms.Add(form))
                        continue;
                    if (!citing.TryGetValue(form, out var list))
                        citing[form] = list = [];
                    list.Add((resolution, paragraph.Key));
                }
            }
        }
        return citing;
    }

    /// <summary>
    /// Resolutions a short form names: "242" → S/RES/242 (1967), "58/85" → A/RES/58/85, "365" → LAS/SUM/365 (19).
    /// Several when the form is ambiguous across bodies.
    /// </summary>
    public IReadOnlyList<Resolution> FindByShortForm(string form) => _byShortForm.Value.GetValueOrDefault(form) ?? [];

    /// <summary>The paragraphs that cite a resolution, in whatever form they print it ("37/3", "S/RES/242 (1967)").</summary>
    public IReadOnlyList<(Resolution Resolution, Paragraph Paragraph)> CitingParagraphs(string form) =>
        _citing.Value.TryGetValue(form, out var citing) ? citing.Select(c => (c.Resolution, c.Resolution.Paragraphs[c.Paragraph])).ToList() : [];

    /// <summary>
    /// The paragraphs that cite a resolution of <paramref name="session"/> ("34/2"), in corpus order: from the
    /// citations the model keeps per resolution, so only the citing resolutions' paragraphs are read.
    /// </summary>
    public IReadOnlyList<(Resolution Resolution, Paragraph Paragraph)> CitingSession(int session)
    {
        var prefix = $"{session}/";
        var citing = new List<(Resolution, Paragraph)>();
        foreach (var resolution in Resolutions)
        {
            foreach (var position in Corpus.StoredParagraphs.CitationsOf(resolution).Where(c => c.Cite.StartsWith(prefix, StringComparison.Ordinal)).Select(c => c.Paragraph).Distinct().Order())
                citing.Add((resolution, resolution.Paragraphs[position]));
        }
        return citing;
    }

    public IReadOnlyList<DocumentInfo> Documents { get; }

    /// <summary>Latest session first, then highest number.</summary>
    public IReadOnlyList<Resolution> Resolutions { get; }

    /// <summary>The sessions that have resolutions in the corpus ("38"), to tell "4/38" from "38/4".</summary>
    public IReadOnlySet<string> Sessions { get; }

    public Resolution? FindResolution(string key) => _byKey.GetValueOrDefault(key);

    public DocumentInfo? FindDocument(string symbol) => _bySymbol.GetValueOrDefault(symbol);
}
