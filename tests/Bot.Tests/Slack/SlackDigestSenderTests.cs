using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ResBot.Bot.Digests;
using ResBot.Bot.Slack.Blocks;
using ResBot.Bot.Storage;
using ResBot.Knowledge.Answers;
using ResBot.Knowledge.Model;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace ResBot.Bot.Tests.Slack;

public sealed class SlackDigestSenderTests : IDisposable
{
    private readonly FakeSlack slack = new();

    public void Dispose() => slack.Dispose();

    private static readonly ConversationReference Channel = new("slack", "C-digest", null, SlackPayloads.TeamId, null, null, "Asia/Riyadh");

    private static QuotedClause Clause(string paragraph, string text, Language language = Language.En) =>
        new(new Citation("OIC/CFM-38/2011/INF/RES/FINAL", "38/4", paragraph, ParagraphKind.Operative), text, language, language == Language.Ar);

    private static DigestSection Section(long id, int clauses, Language language = Language.En) => new(
        id, "cybersecurity", language, $"New on “cybersecurity” ({id})",
        [new DigestResolution("38/4", "OIC/CFM-38/2011/INF/RES/FINAL", "Cyber security",
            Enumerable.Range(1, clauses).Select(i => Clause(i.ToString(), $"Calls upon the member States [{id}.{i}] " + new string('x', 100))).ToList())],
        null, null, "cybersecurity", []);

    private static Digest Digest(params DigestSection[] sections) =>
        new("slack", "C-digest", Language.En, new DateOnly(2026, 3, 29), "Daily digest — 29 March 2026", sections);

    private static IDigestSender Sender(SlackHost host) =>
        host.Services.GetServices<IDigestSender>().Single(s => s.Platform == "slack");

    [Fact]
    public async Task A_digest_is_posted_to_its_channel_with_every_clause_and_citation_and_an_ask_more_button()
    {
        using var host = new SlackHost(slack);
        var digest = Digest(new DigestSection(1, "cybersecurity", Language.En, "New on “cybersecurity”",
            [new DigestResolution("38/4", "OIC/CFM-38/2011/INF/RES/FINAL", "Cyber security", [Clause("6", "Calls upon the member States to join."), Clause("7", "يدعو الدول الأعضاء", Language.Ar)])],
            null, null, "cybersecurity", []));

        var result = await Sender(host).SendAsync(Channel, digest, CancellationToken.None);

        Assert.Equal(new DeliveryResult.Sent("1700000000.000200"), result);
        var posted = (await slack.WaitForAsync(FakeSlack.PostMessagePath)).Single();
        Assert.Equal("C-digest", posted.GetProperty("channel").GetString());
        var json = posted.GetRawText();
        Assert.Contains("Calls upon the member States to join.", json);
        Assert.Contains("OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶6", json);
        Assert.Contains("يدعو الدول الأعضاء", json);
        Assert.Contains("OIC/CFM-38/2011/INF/RES/FINAL, 38/4, ¶7 (Arabic text)", json);
        Assert.Contains("Daily digest", posted.GetProperty("text").GetString());
        var button = posted.GetProperty("blocks").EnumerateArray().Last().GetProperty("elements")[0];
        Assert.Equal("show#0", button.GetProperty("action_id").GetString());
    }

    [Fact]
    public async Task A_digest_with_many_subscriptions_stays_within_block_kits_limits_without_dropping_clauses()
    {
        using var host = new SlackHost(slack);
        // Within the composer's budgets (8 clauses a subscription, 12,000 characters), but more subscriptions than blocks.
        var digest = Digest(Enumerable.Range(1, 25).Select(i => Section(i, 4)).ToArray());

        await Sender(host).SendAsync(Channel, digest, CancellationToken.None);

        var posted = (await slack.WaitForAsync(FakeSlack.PostMessagePath)).Single();
        var blocks = posted.GetProperty("blocks").EnumerateArray().ToList();
        Assert.InRange(blocks.Count, 1, SlackMessage.MaxBlocks);
        var sections = blocks.Where(b => b.GetProperty("type").GetString() == "section").Select(b => b.GetProperty("text").GetProperty("text").GetString()!).ToList();
        Assert.All(sections, s => Assert.InRange(s.Length, 1, SectionBlock.MaxTextLength));
        var all = string.Join("\n", sections);
        Assert.All(Enumerable.Range(1, 25).SelectMany(id => Enumerable.Range(1, 4).Select(i => $"[{id}.{i}]")), marker => Assert.Contains(marker, all));
    }

    [Theory]
    [InlineData("channel_not_found")]
    [InlineData("not_in_channel")]
    [InlineData("is_archived")]
    [InlineData("invalid_auth")]
    public async Task A_conversation_slack_says_is_gone_is_a_permanent_failure(string code)
    {
        slack.Server.Given(Request.Create().WithPath(FakeSlack.PostMessagePath).UsingPost()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { ok = false, error = code }));
        using var host = new SlackHost(slack);

        var result = await Sender(host).SendAsync(Channel, Digest(Section(1, 1)), CancellationToken.None);

        Assert.Equal(new DeliveryResult.Permanent(code), result);
    }

    [Fact]
    public async Task Slack_rate_limiting_after_the_retries_is_a_transient_failure()
    {
        slack.Server.Given(Request.Create().WithPath(FakeSlack.PostMessagePath).UsingPost()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "0"));
        using var host = new SlackHost(slack);

        var result = await Sender(host).SendAsync(Channel, Digest(Section(1, 1)), CancellationToken.None);

        Assert.IsType<DeliveryResult.Transient>(result);
    }
}
