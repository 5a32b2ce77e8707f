using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using ResBot.Bot.Channels.Teams;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>Teams configuration mistakes stop the host at start-up with a message naming the setting.</summary>
public sealed class TeamsOptionsTests
{
    public static TheoryData<string, Action<TeamsOptions>> Mistakes => new()
    {
        { "Teams:AppPassword", o => { o.AppId = Guid.NewGuid().ToString(); o.AppPassword = ""; } },
        { "Teams:OpenIdMetadataUrl", o => o.OpenIdMetadataUrl = "login.botframework.com/v1/.well-known/openidconfiguration" },
        { "Teams:TokenEndpoint", o => o.TokenEndpoint = "ftp://example.org/token" },
        { "Teams:TenantId", o => o.TenantId = "contoso.onmicrosoft.com" },
        { "Teams:ValidIssuers", o => o.ValidIssuers = ["api.botframework.us"] },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_mistake_is_reported_by_setting_name(string setting, Action<TeamsOptions> mistake)
    {
        var options = new TeamsOptions();
        mistake(options);

        var results = new List<ValidationResult>();
        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Contains(results, r => r.ErrorMessage!.Contains(setting));
    }

    [Fact]
    public void Nothing_configured_is_valid()
    {
        var options = new TeamsOptions();

        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", options.ResolvedTokenEndpoint);
        Assert.Equal(["https://api.botframework.com"], options.ResolvedIssuers);
    }

    [Fact]
    public void A_single_tenant_bot_gets_its_tenants_token_endpoint_and_issuers()
    {
        var options = new TeamsOptions { TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47" };

        Assert.Equal("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token", options.ResolvedTokenEndpoint);
        Assert.Contains("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0", options.ResolvedIssuers);
        Assert.Contains("https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/", options.ResolvedIssuers);
    }

    [Fact]
    public void The_host_does_not_start_with_an_app_id_but_no_password()
    {
        var dataPath = Directory.CreateTempSubdirectory("resbot-teams-options-").FullName;
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Data:Path", dataPath);
            builder.UseSetting("Teams:AppId", Guid.NewGuid().ToString());
            builder.UseSetting("Teams:AppPassword", "");
        });

        try
        {
            var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

            Assert.Contains("Teams:AppPassword", error.Message);
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
