using System.Text;
using ResBot.Bot.Channels.Slack.Security;

namespace ResBot.Bot.Tests.Channels.Slack;

public sealed class SlackSignatureVerifierTests
{
    // Slack's published example ("Verifying requests from Slack").
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string Body =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(1531420618);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    [Fact]
    public void Slacks_published_example_signs_to_its_published_signature()
    {
        Assert.Equal(Signature, SlackSignatureVerifier.Sign(Secret, Timestamp, Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void Slacks_published_example_is_valid_when_received_within_the_window()
    {
        var check = SlackSignatureVerifier.Verify(Secret, Timestamp, Signature, Encoding.UTF8.GetBytes(Body), SentAt.AddMinutes(4), Window);

        Assert.Equal(SlackSignatureCheck.Valid, check);
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    [InlineData(60 * 24 * 365)]
    public void A_genuine_request_outside_the_five_minute_window_is_a_replay(int minutesLater)
    {
        var check = SlackSignatureVerifier.Verify(Secret, Timestamp, Signature, Encoding.UTF8.GetBytes(Body), SentAt.AddMinutes(minutesLater), Window);

        Assert.Equal(SlackSignatureCheck.Stale, check);
    }

    [Theory]
    [InlineData(Body + " ", Signature)]
    [InlineData(Body, "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504")]
    [InlineData(Body, "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData(Body, "V0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")]
    [InlineData(Body, "v0=")]
    public void A_changed_body_or_signature_is_forged(string body, string signature)
    {
        var check = SlackSignatureVerifier.Verify(Secret, Timestamp, signature, Encoding.UTF8.GetBytes(body), SentAt, Window);

        Assert.Equal(SlackSignatureCheck.Forged, check);
    }

    [Fact]
    public void A_signature_made_with_another_secret_is_forged()
    {
        var other = SlackSignatureVerifier.Sign("another-secret", Timestamp, Encoding.UTF8.GetBytes(Body));

        Assert.Equal(SlackSignatureCheck.Forged, SlackSignatureVerifier.Verify(Secret, Timestamp, other, Encoding.UTF8.GetBytes(Body), SentAt, Window));
    }

    [Theory]
    [InlineData(null, Signature)]
    [InlineData("", Signature)]
    [InlineData("yesterday", Signature)]
    [InlineData("-1531420618", Signature)]
    [InlineData("99999999999999999999999", Signature)]
    [InlineData(Timestamp, null)]
    [InlineData(Timestamp, "")]
    public void Missing_or_unreadable_headers_are_unsigned(string? timestamp, string? signature)
    {
        var check = SlackSignatureVerifier.Verify(Secret, timestamp, signature, Encoding.UTF8.GetBytes(Body), SentAt, Window);

        Assert.Equal(SlackSignatureCheck.Unsigned, check);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Without_a_configured_secret_nothing_is_valid(string? secret)
    {
        var check = SlackSignatureVerifier.Verify(secret, Timestamp, Signature, Encoding.UTF8.GetBytes(Body), SentAt, Window);

        Assert.Equal(SlackSignatureCheck.NoSecretConfigured, check);
    }

    [Fact]
    public void A_timestamp_far_in_the_future_is_stale_rather_than_an_error()
    {
        var check = SlackSignatureVerifier.Verify(Secret, "253402300799", Signature, Encoding.UTF8.GetBytes(Body), SentAt, Window);

        Assert.Equal(SlackSignatureCheck.Stale, check);
    }
}
