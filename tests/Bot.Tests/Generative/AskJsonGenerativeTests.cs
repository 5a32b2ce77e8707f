using System.Diagnostics;
using System.Text.Json;

namespace ResBot.Bot.Tests.Generative;

/// <summary>`resbot ask --json` run as a user runs it, with the model switched on by environment variables.</summary>
public sealed class AskJsonGenerativeTests : IDisposable
{
    private readonly FakeOpenAIServer model = new();
    private readonly string data = Directory.CreateTempSubdirectory("resbot-ask-json-").FullName;

    [Fact]
    public async Task Ask_json_shows_the_generative_mode_and_the_ai_label()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "resbot.dll"), "ask", "--json", "--data", data, "What does resolution 38/4 ask the Secretary General to do?" })
            start.ArgumentList.Add(argument);
        start.Environment["Llm__Provider"] = "openai";
        start.Environment["Llm__Endpoint"] = model.Url;
        start.Environment["Llm__Model"] = "fake-model";

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, errors);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("generative", json.RootElement.GetProperty("mode").GetString());
        Assert.Equal("AI-generated", json.RootElement.GetProperty("label").GetString());
        Assert.Contains("[38/4 ¶8]", json.RootElement.GetProperty("answer").GetString());
        Assert.Equal("8", json.RootElement.GetProperty("citations")[0].GetProperty("paragraph").GetString());
    }

    public void Dispose()
    {
        model.Dispose();
        GenerativeHost.DeleteFolder(data);
    }
}
