using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ResBot.Bot.Channels.Teams.Activities;
using ResBot.Bot.Channels.Teams.Handlers;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>A route handled twice stops the host at start, naming both handlers, instead of failing the first request.</summary>
public sealed class RouteTableTests
{
    [Fact]
    public void A_second_handler_for_the_message_route_fails_the_start()
    {
        var data = Directory.CreateTempSubdirectory("resbot-routes-").FullName;
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Data:Path", data);
            builder.ConfigureTestServices(services => services.AddScoped<IActivityHandler, SecondMessageHandler>());
        });

        var failure = Assert.Throws<InvalidOperationException>(() => factory.Server);

        Assert.Contains("message: MessageHandler, SecondMessageHandler", failure.Message);
    }

    private sealed class SecondMessageHandler : IActivityHandler
    {
        public ActivityRoute Route => new(ActivityTypes.Message);

        public Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken) => Task.FromResult(TurnResult.Ok);
    }
}
