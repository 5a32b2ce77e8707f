using ResBot.Knowledge.Model;

namespace ResBot.Knowledge;

/// <summary>The loaded corpus and its index. (Being written: parsing and index land next.)</summary>
public sealed class KnowledgeBase
{
    public bool IsLoaded => false;

    public ResolutionCorpus Corpus => throw new NotImplementedException();
}
