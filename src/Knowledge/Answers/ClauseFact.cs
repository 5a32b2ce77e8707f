namespace ResBot.Knowledge.Answers;

/// <summary>Where a clause holds the fact a question asks for: its sentence, and the words that state the fact in it.</summary>
/// <param name="Sentence">The sentence of the clause that holds the fact.</param>
/// <param name="Fact">The date, number, list of names or holder inside <paramref name="Sentence"/>; null when the sentence holds the fact in words no pattern picks out.</param>
public sealed record ClauseFact(TextSpan Sentence, TextSpan? Fact);
