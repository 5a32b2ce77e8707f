using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ResBot.Bot.Generative;
using ResBot.Knowledge.Answers;

namespace ResBot.Bot.Tests.Generative;

/// <summary>
/// The real app (knowledge core, storage, generative decorator) with `Llm` pointing at a <see cref="FakeOpenAIServer"/>,
/// its own data folder, and a listener on the `ResBot.Generative` meter of this app only.
/// </summary>
public sealed class GenerativeHost : IDisposable
{
    private readonly WebApplicationFactory<Program> factory;
    private readonly bool ownsDataPath;
    private readonly MeterListener listener = new();
    private readonly List<(string Instrument, long Value, Dictionary<string, object?> Tags)> measurements = [];

    public GenerativeHost(IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        ownsDataPath = settings?.ContainsKey("Data:Path") != true;
        DataPath = ownsDataPath ? Directory.CreateTempSubdirectory("resbot-generative-").FullName : settings!["Data:Path"];
        var all = new Dictionary<string, string>
        {
            ["Data:Path"] = DataPath,
            ["Llm:Provider"] = "openai",
            ["Llm:Endpoint"] = Model.Url,
            ["Llm:Model"] = "fake-model",
            // Generous: a cold first call on a loaded CI machine takes seconds; only the timeout tests set 1 s.
            ["Llm:TimeoutSeconds"] = "30",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            all[key] = value;
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in all)
                builder.UseSetting(key, value);
            if (services is not null)
                builder.ConfigureServices(services);
        });

        // The factory caches meters by name per app: this is the instance GenerativeMetrics records on.
        var meter = Services.GetRequiredService<IMeterFactory>().Create(GenerativeMetrics.MeterName);
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (measurements)
                measurements.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
        });
        listener.Start();
    }

    public FakeOpenAIServer Model { get; } = new();

    public string DataPath { get; }

    public IServiceProvider Services => factory.Services;

    public IResolutionAssistant Assistant => Services.GetRequiredService<IResolutionAssistant>();

    /// <summary>The sum of a counter, optionally only where a tag has a value.</summary>
    public long Counted(string instrument, string? tag = null, string? value = null)
    {
        lock (measurements)
            return measurements
                .Where(m => m.Instrument == instrument && (tag is null || Equals(m.Tags.GetValueOrDefault(tag), value)))
                .Sum(m => m.Value);
    }

    public void Dispose()
    {
        listener.Dispose();
        factory.Dispose();
        Model.Dispose();
        if (ownsDataPath)
            DeleteFolder(DataPath);
    }

    public static void DeleteFolder(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold its file for a moment on some systems; a temp folder left behind is harmless.
        }
    }
}
