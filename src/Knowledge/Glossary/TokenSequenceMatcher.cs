namespace ResBot.Knowledge.Glossary;

/// <summary>Finds known token sequences in a token list: longest match at each position, no overlaps.</summary>
internal sealed class TokenSequenceMatcher
{
    private readonly Dictionary<string, List<(string Id, string[] Tokens)>> _byFirstToken = new(StringComparer.Ordinal);

    public TokenSequenceMatcher(IEnumerable<(string Id, List<string> Tokens)> sequences)
    {
        foreach (var (id, tokens) in sequences)
        {
            if (tokens.Count == 0)
                continue;
            if (!_byFirstToken.TryGetValue(tokens[0], out var list))
                _byFirstToken[tokens[0]] = list = [];
            list.Add((id, tokens.ToArray()));
        }
        foreach (var list in _byFirstToken.Values)
            list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
    }

    public IReadOnlyList<TermMatch> FindAll(IReadOnlyList<string> tokens)
    {
        var matches = new List<TermMatch>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_byFirstToken.TryGetValue(tokens[i], out var candidates))
                continue;
            foreach (var (id, sequence) in candidates)
            {
                if (!Matches(tokens, i, sequence))
                    continue;
                matches.Add(new TermMatch(id, i, i + sequence.Length));
                i += sequence.Length - 1;
                break;
            }
        }
        return matches;
    }

    private static bool Matches(IReadOnlyList<string> tokens, int start, string[] sequence)
    {
        if (start + sequence.Length > tokens.Count)
            return false;
        for (var j = 1; j < sequence.Length; j++)
        {
            if (!string.Equals(tokens[start + j], sequence[j], StringComparison.Ordinal))
                return false;
        }
        return true;
    }
}
