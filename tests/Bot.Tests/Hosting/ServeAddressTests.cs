using Microsoft.AspNetCore.Hosting;
using ResBot.Bot.Hosting;

namespace ResBot.Bot.Tests.Hosting;

/// <summary>Issue 14, finding 1: without an address configured, `serve` listens where the docs say, not on :5000.</summary>
public sealed class ServeAddressTests
{
    [Fact]
    public async Task Without_urls_serve_listens_on_loopback_port_3978()
    {
        await using var app = ResBotHost.Build([]);
        Assert.Equal("http://127.0.0.1:3978", app.Configuration[WebHostDefaults.ServerUrlsKey]);
    }

    [Theory]
    [InlineData("--urls", "http://0.0.0.0:8080")]
    [InlineData("--http_ports", "8080")]
    public async Task A_configured_address_is_kept(string key, string value)
    {
        await using var app = ResBotHost.Build([key, value]);
        Assert.NotEqual("http://127.0.0.1:3978", app.Configuration[WebHostDefaults.ServerUrlsKey]);
    }
}
