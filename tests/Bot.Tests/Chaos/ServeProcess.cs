using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace ResBot.Bot.Tests.Chaos;

/// <summary>
/// The built `resbot serve`, started as an operator starts it: its own process on a free loopback port, over a data and
/// a corpus folder the test owns, configured through the environment (`Slack__ApiBaseUrl` …) to talk to in-test fakes.
/// Keeps everything it prints for failure messages. <see cref="DisposeAsync"/> kills the process tree if it still runs.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    /// <summary>Generous: a loaded 2-core machine may take tens of seconds to start the host and build the index.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource _outputClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _errorsClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServeProcess(Process process, string url)
    {
        _process = process;
        Url = url;
        Client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
    }

    public string Url { get; }

    /// <summary>Talks to the host; requests wait up to a minute (a locked database holds a request for its busy timeout).</summary>
    public HttpClient Client { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process printed so far, stdout and stderr interleaved as they arrived.</summary>
    public string Output => string.Join('\n', _lines);

    /// <summary>Starts `serve` and waits until /readyz answers 200.</summary>
    /// <param name="settings">Configuration keys as in appsettings (`Slack:BotToken`); each goes in as an environment variable.</param>
    public static async Task<ServeProcess> StartAsync(string dataPath, string corpusPath, IReadOnlyDictionary<string, string?> settings)
    {
        var serve = Launch(dataPath, corpusPath, settings);
        try
        {
            await serve.WaitUntilAsync(async () => (await serve.ReadyAsync()).Status == HttpStatusCode.OK, StartTimeout, "/readyz answered 200");
        }
        catch
        {
            await serve.DisposeAsync();
            throw;
        }
        return serve;
    }

    /// <summary>Starts `serve` without waiting for it to be ready.</summary>
    public static ServeProcess Launch(string dataPath, string corpusPath, IReadOnlyDictionary<string, string?> settings)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "resbot.dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"The built host is not beside the tests: {dll} is missing (the test project references src/Bot, which copies it).");
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "serve", "--data", dataPath, "--corpus", corpusPath, "--urls", url })
            start.ArgumentList.Add(argument);
        // Nothing from the machine's environment decides how the host runs: no development settings, no other URLs.
        foreach (var name in new[] { "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
            start.Environment.Remove(name);
        foreach (var (key, value) in settings)
        {
            var name = key.Replace(":", "__", StringComparison.Ordinal);
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var serve = new ServeProcess(process, url);
        process.OutputDataReceived += (_, e) => serve.Collect(e.Data, serve._outputClosed);
        process.ErrorDataReceived += (_, e) => serve.Collect(e.Data, serve._errorsClosed);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return serve;
    }

    private void Collect(string? line, TaskCompletionSource closed)
    {
        if (line is null)
            closed.TrySetResult();
        else
            _lines.Enqueue(line);
    }

    /// <summary>/readyz as an orchestrator reads it; a refused connection is (0, reason).</summary>
    public async Task<(HttpStatusCode Status, string Body)> ReadyAsync()
    {
        try
        {
            using var response = await Client.GetAsync("/readyz");
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (0, e.Message);
        }
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails with the process's output if it never does or the process exits.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, bool mayExit = false)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await condition())
                return;
            if (!mayExit && HasExited)
                throw new Xunit.Sdk.XunitException($"resbot serve exited (code {_process.ExitCode}) before {what}.\n{Output}");
            if (DateTime.UtcNow > deadline)
                throw new Xunit.Sdk.XunitException($"Within {timeout.TotalSeconds:0} s, never: {what}.\nresbot serve printed:\n{Output}");
            await Task.Delay(100);
        }
    }

    public Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what, bool mayExit = false) =>
        WaitUntilAsync(() => Task.FromResult(condition()), timeout, what, mayExit);

    /// <summary>kill -9: no shutdown code runs, in-flight requests die with their sockets.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await WaitForExitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>SIGTERM, as `docker stop` or systemd sends it: the host stops gracefully. Returns the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        if (SendSignal(_process.Id, SigTerm) != 0)
            throw new InvalidOperationException($"kill(SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
        await WaitForExitAsync(timeout);
        return _process.ExitCode;
    }

    private async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
            // The output is read on other threads: wait for both streams to end so Output is complete.
            await Task.WhenAll(_outputClosed.Task, _errorsClosed.Task).WaitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"resbot serve did not exit within {timeout.TotalSeconds:0} s.\n{Output}");
        }
    }

    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }
        _process.Dispose();
    }
}
