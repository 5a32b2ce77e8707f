using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Answers;

/// <summary>(Being written.)</summary>
public sealed class ResolutionAssistant(KnowledgeBase knowledge) : IResolutionAssistant
{
    public IReadOnlyList<Resolution> Resolutions => knowledge.Corpus.Resolutions;
    public Task<Answer> AskAsync(Question question, CancellationToken cancellationToken = default) => throw new NotImplementedException();
    public Answer ShowResolution(string resolutionKey, Language language) => throw new NotImplementedException();
    public Answer ShowParagraphs(string resolutionKey, IReadOnlyList<string> paragraphKeys, Language language) => throw new NotImplementedException();
    public IReadOnlyList<QuotedClause> Search(string query, Language language, int skip, int take) => throw new NotImplementedException();
}
