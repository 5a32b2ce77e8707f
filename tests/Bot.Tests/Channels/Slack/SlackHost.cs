using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ResBot.Bot.Storage;
using ResBot.Knowledge.Answers;

namespace ResBot.Bot.Tests.Channels.Slack;

/// <summary>
/// The real app (knowledge core over the bundled corpus, SQLite under its own data folder) with Slack's Web API
/// and response URLs served by <see cref="FakeSlack"/>. Several hosts may share one data folder to simulate a restart.
/// </summary>
public sealed class SlackHost : IDisposable
{
    private readonly WebApplicationFactory<Program> factory;
    private readonly bool ownsData;

    public SlackHost(FakeSlack slack, string? dataPath = null, IReadOnlyDictionary<string, string>? settings = null, bool gated = false,
        Action<IServiceCollection>? services = null)
    {
        ownsData = dataPath is null;
        DataPath = dataPath ?? Directory.CreateTempSubdirectory("resbot-slack-").FullName;
        var all = new Dictionary<string, string>
        {
            ["Data:Path"] = DataPath,
            ["Slack:SigningSecret"] = SlackSigner.Secret,
            ["Slack:BotToken"] = "xoxb-configured-token",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            all[key] = value;

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in all)
                builder.UseSetting(key, value);
            if (gated)
                builder.ConfigureTestServices(services => Decorate(services));
            if (services is not null)
                builder.ConfigureTestServices(services);
        });
        Client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
    }

    public string DataPath { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => factory.Services;

    public IBotStore Store => Services.GetRequiredService<IBotStore>();

    /// <summary>The gate on answers to questions, when the host was created with <c>gated: true</c>.</summary>
    public GatedAssistant Gate => (GatedAssistant)Services.GetRequiredService<IResolutionAssistant>();

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => Client.SendAsync(request);

    private static void Decorate(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IResolutionAssistant));
        services.Remove(original);
        services.AddSingleton<IResolutionAssistant>(provider => new GatedAssistant(Create(provider, original)));
    }

    private static IResolutionAssistant Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
        (IResolutionAssistant)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));

    public void Dispose()
    {
        Client.Dispose();
        factory.Dispose();
        if (!ownsData)
            return;
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold its file for a moment after disposal; a temp folder left behind is harmless.
        }
    }
}
