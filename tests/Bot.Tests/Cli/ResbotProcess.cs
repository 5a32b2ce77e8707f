using System.Diagnostics;
using System.Text;

namespace ResBot.Bot.Tests.Cli;

/// <summary>Runs the built `resbot` as a user would, in its own process, and captures what it prints.</summary>
public static class ResbotProcess
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    public static Task<Result> RunAsync(string? standardInput, params string[] arguments) =>
        RunAsync(standardInput, new Dictionary<string, string?>(), arguments);

    /// <param name="environment">Variables to set (a null value removes one) in the child's environment.</param>
    public static async Task<Result> RunAsync(string? standardInput, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(environment, arguments))!;
        if (standardInput is not null)
            await process.StandardInput.WriteAsync(standardInput);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await output, await errors);
    }

    /// <summary>Starts a long-running verb (`serve`); the caller stops it with <see cref="Running.DisposeAsync"/>.</summary>
    public static Running Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var process = Process.Start(StartInfo(environment, arguments))!;
        process.StandardInput.Close();
        return new Running(process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    public sealed class Running(Process process, Task<string> output, Task<string> errors) : IAsyncDisposable
    {
        public bool HasExited => process.HasExited;

        /// <summary>Stops the process (if still running) and returns what it printed.</summary>
        public async Task<Result> StopAsync()
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new Result(process.ExitCode, await output, await errors);
        }

        public async ValueTask DisposeAsync()
        {
            await StopAsync();
            process.Dispose();
        }
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?> environment, string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "resbot.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment)
        {
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        }
        return start;
    }
}
