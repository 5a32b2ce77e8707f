using Microsoft.Extensions.Options;
using ResBot.Bot.Storage;
using ResBot.Knowledge;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Corpus;
using ResBot.Knowledge.Indexing;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Digests;

/// <summary>
/// Builds a conversation's digest from the knowledge core. "New" for a subscription means: first seen in the corpus after
/// the subscription was created (and after the bot first read the corpus), and never sent to that subscription before.
/// </summary>
internal sealed class DigestComposer(IResolutionAssistant assistant, KnowledgeBase knowledge, ICorpusHistoryStore corpus, IDeliveryStore deliveries, IOptions<DigestOptions> options, ILogger<DigestComposer> logger)
{
    // Clause search is paged at 100 by the core; news beyond that rank for a broad topic wait for a later digest.
    private const int SearchDepth = 100;

    // A `*` or `38/*` digest announces each new resolution with its first clauses, not every paragraph.
    private const int ClausesPerAnnouncedResolution = 2;

    private readonly DigestOptions _options = options.Value;

    /// <summary>The index of the snapshot registered last: a reload with unchanged files keeps it, any rebuild (a repaired model too) makes a new one.</summary>
    private ClauseIndex? _registeredIndex;

    /// <summary>
    /// Re-reads the corpus folder and notes in storage when each paragraph was first seen. Run every tick, so that
    /// "new" means added since then, whenever the next digest is due. Cheap while the corpus is unchanged.
    /// </summary>
    public async Task RegisterCorpusAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (snapshot, error) = knowledge.Reload();
        if (error is not null)
            logger.LogWarning(error, "The corpus could not be reloaded; digests use the corpus already loaded");
        if (ReferenceEquals(snapshot.Index, _registeredIndex))
            return;
        var known = await corpus.GetCorpusParagraphsAsync(cancellationToken);
        var unknown = new List<string>();
        foreach (var resolution in snapshot.Corpus.Resolutions)
        {
            // One resolution whose stored paragraphs cannot be read (damaged on disk) must not stop every digest.
            try
            {
                unknown.AddRange(resolution.Paragraphs.Select(p => ParagraphId.Of(resolution, p)).Where(id => !known.ContainsKey(id)));
            }
            catch (StoredModelReadException e)
            {
                knowledge.ReportUnreadable(e);
                logger.LogError(e, "The paragraphs of {Resolution} could not be read; they are registered once the corpus model is rebuilt", resolution.Key);
            }
        }
        if (unknown.Count > 0)
            await corpus.RegisterCorpusParagraphsAsync(unknown, now, cancellationToken);
        // Not again while this snapshot serves, even with some unreadable: the rebuild they cause brings a new index, registered once.
        _registeredIndex = snapshot.Index;
    }

    /// <summary>When each paragraph was first seen, to tell news from the rest.</summary>
    public async Task<CorpusNews> LoadNewsAsync(CancellationToken cancellationToken) =>
        new(await corpus.GetCorpusParagraphsAsync(cancellationToken));

    public async Task<Digest> ComposeAsync(
        ConversationReference conversation, IReadOnlyList<(Subscription Subscription, DeliveryKey Key)> items, CorpusNews news, CancellationToken cancellationToken)
    {
        var budget = new Budget(_options.MaxCharacters);
        var sections = new List<DigestSection>();
        foreach (var (subscription, _) in items)
        {
            var sent = await deliveries.GetSentParagraphsAsync(subscription.Id, cancellationToken);
            bool IsNew(string id) => news.IsNewFor(subscription, id) && !sent.Contains(id);
            sections.Add(ComposeSection(subscription, IsNew, budget));
        }
        var first = items[0];
        return new Digest(conversation.Platform, conversation.ConversationId, first.Subscription.Language, first.Key.LocalDate,
            DigestTexts.Title(first.Key.LocalDate, first.Subscription.Language), sections);
    }

    private DigestSection ComposeSection(Subscription subscription, Func<string, bool> isNew, Budget budget)
    {
        var language = subscription.Language;
        var selector = TopicSelector.Parse(subscription.Topic);
        var (groups, delivered, left) = selector.SelectsByResolution
            ? NewResolutions(selector, language, isNew, budget)
            : NewClauses(selector.Query!, language, isNew, budget);

        string? note = left > 0 ? DigestTexts.MoreNextTime(left, language) : null;
        QuotedClause? example = null;
        if (groups.Count == 0 && subscription.Always)
        {
            example = LanguageCodes.All.OrderBy(l => l == language ? 0 : 1)
                .Select(l => assistant.Search(selector.Query ?? "", l, 0, 1).FirstOrDefault())
                .OfType<QuotedClause>()
                .Select(c => Quote(c.Citation, language))
                .FirstOrDefault();
            note = DigestTexts.NothingNew(subscription.Topic, language);
        }
        return new DigestSection(subscription.Id, subscription.Topic, language, DigestTexts.Heading(subscription.Topic, language),
            groups, note, example, DigestTexts.AskMore(subscription.Topic, language), delivered);
    }

    private (List<DigestResolution> Groups, List<string> Delivered, int Left) NewClauses(string query, Language language, Func<string, bool> isNew, Budget budget)
    {
        // A topic typed in one language ("cybersecurity") for a digest in another (French) still finds its clauses:
        // search every language, the digest's first, and quote the hits in the digest's language.
        var fresh = LanguageCodes.All.OrderBy(l => l == language ? 0 : 1)
            .SelectMany(l => assistant.Search(query, l, 0, SearchDepth))
            .Select(c => c.Citation)
            .DistinctBy(ParagraphId.Of)
            .Where(c => isNew(ParagraphId.Of(c)))
            .ToList();
        var shown = new List<QuotedClause>();
        foreach (var citation in fresh)
        {
            if (shown.Count == _options.MaxClausesPerSection || Quote(citation, language) is not { } clause || !budget.TryTake(clause.Text.Length))
                break;
            shown.Add(clause);
        }
        var groups = shown
            .GroupBy(c => (c.Citation.Resolution, c.Citation.Document))
            .Select(g => Group(g.Key.Resolution, g.Key.Document, language, g.ToList()))
            .ToList();
        return (groups, shown.Select(c => ParagraphId.Of(c.Citation)).ToList(), fresh.Count - shown.Count);
    }

    private QuotedClause? Quote(Citation citation, Language language) =>
        assistant.ShowParagraphs(citation.Resolution, [citation.Paragraph], language).Clauses
            .FirstOrDefault(c => c.Citation.Document == citation.Document) is { } clause ? Cut(clause) : null;

    private (List<DigestResolution> Groups, List<string> Delivered, int Left) NewResolutions(TopicSelector selector, Language language, Func<string, bool> isNew, Budget budget)
    {
        var groups = new List<DigestResolution>();
        var delivered = new List<string>();
        var announced = assistant.Resolutions
            .Where(r => selector.Includes(r.Key))
            .Select(r => (Resolution: r, Fresh: r.Paragraphs.Where(p => isNew(ParagraphId.Of(r, p))).OrderBy(p => p.Order).ToList()))
            .Where(r => r.Fresh.Count > 0)
            .ToList();
        foreach (var (resolution, fresh) in announced)
        {
            var lead = fresh.Where(p => p.Kind == ParagraphKind.Operative).Concat(fresh).Distinct().Take(ClausesPerAnnouncedResolution).OrderBy(p => p.Order).ToList();
            var clauses = assistant.ShowParagraphs(resolution.Key, lead.Select(p => p.Key).ToList(), language).Clauses.Select(Cut).ToList();
            if (groups.Count == _options.MaxClausesPerSection || !budget.TryTake(clauses.Sum(c => c.Text.Length)))
                break;
            groups.Add(Group(resolution.Key, resolution.DocumentSymbol, language, clauses));
            // The resolution is announced: all its new paragraphs count as delivered, not only the quoted ones.
            delivered.AddRange(fresh.Select(p => ParagraphId.Of(resolution, p)));
        }
        return (groups, delivered, announced.Count - groups.Count);
    }

    private DigestResolution Group(string key, string document, Language language, IReadOnlyList<QuotedClause> clauses)
    {
        var resolution = assistant.Resolutions.FirstOrDefault(r => r.Key == key && r.DocumentSymbol == document);
        var title = resolution is null ? null
            : resolution.Titles.TryGetValue(language, out var inLanguage) ? inLanguage
            : resolution.Titles.Values.FirstOrDefault();
        return new DigestResolution(key, document, title, clauses.OrderBy(c => resolution?.FindParagraph(c.Citation.Paragraph)?.Order ?? 0).ToList());
    }

    private QuotedClause Cut(QuotedClause clause) =>
        clause.Text.Length <= _options.MaxClauseCharacters ? clause : clause with { Text = clause.Text[.._options.MaxClauseCharacters].TrimEnd() + " …" };

    /// <summary>Characters of quoted text left for the whole digest, shared by its sections.</summary>
    private sealed class Budget(int characters)
    {
        public bool TryTake(int count)
        {
            if (count > characters)
                return false;
            characters -= count;
            return true;
        }
    }
}
