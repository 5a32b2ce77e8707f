using ResBot.Knowledge.Answers;

namespace ResBot.Bot.Channels.Teams.Cards;

/// <summary>A quoted clause as an Adaptive Card text block shows it: cut to a length, the words stating the asked fact in bold.</summary>
internal static class CardQuote
{
    public static string Text(QuotedClause clause, int maxLength) =>
        string.Concat(QuoteSegment.Of(clause, maxLength).Select(s => s.Highlighted ? $"**{s.Text}**" : s.Text))
        + (clause.Text.Length > maxLength ? " …" : "");
}
