using ResBot.Knowledge.Model;

namespace ResBot.Knowledge.Indexing;

/// <summary>
/// Words of a question written in another language than the question's ("Que dit 38/4 sur la القرصنة الإلكترونية ?"),
/// analysed with that language's analyzer: they are searched, and counted as covered, in that language's version of
/// each clause.
/// </summary>
public sealed record LanguageTokens(Language Language, IReadOnlyList<string> Tokens);
