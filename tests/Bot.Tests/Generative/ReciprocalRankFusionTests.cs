using ResBot.Bot.Generative;

namespace ResBot.Bot.Tests.Generative;

public sealed class ReciprocalRankFusionTests
{
    [Fact]
    public void An_item_both_rankings_agree_on_beats_items_only_one_ranks_first()
    {
        var fused = ReciprocalRankFusion.Fuse<string>([["a", "b", "c"], ["d", "b", "e"]], s => s);

        Assert.Equal("b", fused[0]);
        Assert.Equal(["b", "a", "d", "c", "e"], fused);
    }

    [Fact]
    public void Keeps_the_first_ranking_s_copy_of_an_item_and_never_duplicates_it()
    {
        var fused = ReciprocalRankFusion.Fuse<(string Key, string Source)>(
            [[("x", "bm25")], [("X", "dense"), ("y", "dense")]], i => i.Key);

        Assert.Equal([("x", "bm25"), ("y", "dense")], fused);
    }
}
