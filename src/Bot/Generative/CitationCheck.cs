namespace ResBot.Bot.Generative;

/// <summary>What <see cref="CitationChecker"/> found in a generated text.</summary>
/// <param name="Text">The text with every citation outside the retrieved set removed.</param>
/// <param name="CitedKeys">The valid citation keys ("38/4 ¶5"), in order of first appearance.</param>
/// <param name="RemovedCount">How many citations were removed.</param>
/// <param name="UnknownReferences">Bare resolution references ("99/99") outside brackets that name no retrieved resolution.</param>
internal sealed record CitationCheck(
    string Text,
    IReadOnlyList<string> CitedKeys,
    int RemovedCount,
    IReadOnlyList<string> UnknownReferences);
