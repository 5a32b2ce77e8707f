using ResBot.Bot.Digests;
using ResBot.Bot.Slack;
using ResBot.Bot.Storage;
using ResBot.Bot.Teams;

namespace ResBot.Bot.Hosting;

/// <summary>The web host: the table of contents of what `serve` runs.</summary>
public static class ResBotHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json and the bundled corpus sit beside the binary, wherever it is started from.
            ContentRootPath = AppContext.BaseDirectory,
        });

        builder.Services.AddResBotCore(builder.Configuration);
        builder.Services.AddResBotHealthChecks();
        builder.AddResBotTeams();
        builder.AddResBotSlack();
        builder.AddResBotDigests();

        var app = builder.Build();
        app.UseResBotStorageFaults();
        app.MapResBotHealth();
        app.MapResBotTeams();
        app.MapResBotSlack();
        return app;
    }
}
