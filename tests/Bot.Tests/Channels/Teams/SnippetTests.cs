using ResBot.Bot.Channels.Teams.Cards;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>Search previews centred on what was searched for: text and query in, preview out.</summary>
public sealed class SnippetTests
{
    private const string Clause =
        "Requests the Secretary-General of the Organisation of the Islamic Conference to follow up the implementation of this "
        + "resolution and to coordinate with the OIC-CERT on cybersecurity capacity building in member States.";

    [Theory]
    [InlineData("cybersecurity")]
    [InlineData("OIC-CERT")]
    [InlineData("what about capacity building?")]
    public void A_preview_shows_the_clause_around_the_first_query_word_it_contains(string query)
    {
        var preview = Snippet.Around(Clause, query, 100);

        Assert.StartsWith("…", preview);
        Assert.InRange(preview.Length, 50, 102);
        Assert.Contains(query.Split(' ').First(w => w.Length >= 3 && Clause.Contains(w.Trim('?'))).Trim('?'), preview);
        Assert.All(preview.Trim('…').Split(' '), word => Assert.Contains(" " + word, " " + Clause));
    }

    [Theory]
    [InlineData("")]
    [InlineData("weather")]
    public void Without_a_match_the_preview_is_the_opening(string query) =>
        Assert.Equal("Requests the Secretary-General of the Organisation of the Islamic Conference to follow up the…", Snippet.Around(Clause, query, 100));

    [Fact]
    public void A_clause_that_fits_is_shown_whole() =>
        Assert.Equal("Decides to remain seized of the matter.", Snippet.Around("Decides to remain seized of the matter.", "seized", 100));

    [Fact]
    public void Arabic_is_cut_at_word_boundaries_too()
    {
        var clause = "يطلب من الأمين العام متابعة تنفيذ هذا القرار وتقديم تقرير عنه إلى الدورة القادمة لمجلس وزراء الخارجية بشأن الأمن السيبراني وبناء القدرات";

        var preview = Snippet.Around(clause, "السيبراني", 60);

        Assert.Contains("السيبراني", preview);
        Assert.StartsWith("…", preview);
        Assert.DoesNotContain("  ", preview);
        Assert.All(preview.Trim('…').Split(' '), word => Assert.Contains(word, clause));
    }
}
