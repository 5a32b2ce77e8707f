namespace ResBot.Bot.Storage;

/// <summary>When each corpus paragraph was first seen: what is new for a digest.</summary>
public interface ICorpusHistoryStore
{
    /// <summary>Notes when each corpus paragraph was first seen; ids already known keep their first date.</summary>
    Task RegisterCorpusParagraphsAsync(IReadOnlyCollection<string> paragraphIds, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Every paragraph id ever seen in the corpus, with when it was first seen.</summary>
    Task<IReadOnlyDictionary<string, DateTimeOffset>> GetCorpusParagraphsAsync(CancellationToken cancellationToken = default);
}
