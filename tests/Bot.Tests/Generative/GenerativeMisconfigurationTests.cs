using ResBot.Bot.Tests.Cli;

namespace ResBot.Bot.Tests.Generative;

/// <summary>
/// Issue 14, finding 6: a generative setting that cannot work stops `ask` and `serve` with one line naming the
/// setting and the fix, exit code 2, no stack trace.
/// </summary>
public sealed class GenerativeMisconfigurationTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("resbot-llm-misconfigured-").FullName;

    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // provider, endpoint, model, deployment → the setting named
        { "openai", "http://127.0.0.1:9", "", "", "Llm:Model" },
        { "openai", "", "qwen2.5:7b", "", "Llm:Endpoint" },
        { "azure-openai", "https://x.openai.azure.com/", "", "", "Llm:Deployment" },
        { "gpt4", "http://127.0.0.1:9", "", "", "Llm:Provider 'gpt4'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Ask_names_the_setting_and_the_fix_in_one_line(string provider, string endpoint, string model, string deployment, string named)
    {
        var result = await ResbotProcess.RunAsync(null, Environment(provider, endpoint, model, deployment), "ask", "38/4", "--data", _data);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {named}", line);
        Assert.Contains("Fix:", line);
        Assert.DoesNotContain("   at ", result.Errors);
        Assert.DoesNotContain("Exception", result.Errors);
    }

    [Fact]
    public async Task An_unknown_provider_is_named_as_such_and_not_as_a_missing_model()
    {
        var result = await ResbotProcess.RunAsync(null, Environment("gpt4", "", "", ""), "ask", "38/4", "--data", _data);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Llm:Provider 'gpt4' is not a provider ResBot knows", result.Errors);
        Assert.DoesNotContain("Llm:Model", result.Errors);
        Assert.DoesNotContain("Llm:Endpoint", result.Errors);
    }

    [Fact]
    public async Task Serve_stops_before_listening_with_the_same_line()
    {
        var result = await ResbotProcess.RunAsync(null, Environment("openai", "http://127.0.0.1:9", "", ""), "serve", "--urls", "http://127.0.0.1:0", "--data", _data);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: Llm:Model is required with Llm:Provider=openai. Fix:", result.Errors);
        Assert.DoesNotContain("   at ", result.Errors + result.Output);
        Assert.DoesNotContain("Now listening", result.Output);
    }

    private static Dictionary<string, string?> Environment(string provider, string endpoint, string model, string deployment) => new()
    {
        ["Llm__Provider"] = provider,
        ["Llm__Endpoint"] = endpoint,
        ["Llm__Model"] = model,
        ["Llm__Deployment"] = deployment,
    };

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
