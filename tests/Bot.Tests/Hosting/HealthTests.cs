using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ResBot.Bot.Tests.Hosting;

public sealed class HealthTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("resbot-health-").FullName;

    [Fact]
    public async Task Liveness_answers_at_once_and_readiness_once_the_index_and_storage_are_up()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Data:Path", _data));
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        var ready = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 100 && ready != HttpStatusCode.OK; attempt++)
        {
            ready = (await client.GetAsync("/readyz")).StatusCode;
            if (ready != HttpStatusCode.OK)
                await Task.Delay(100);
        }
        Assert.Equal(HttpStatusCode.OK, ready);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
