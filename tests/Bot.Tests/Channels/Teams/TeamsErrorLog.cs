using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>Collects errors logged by the Teams channel, so tests can tell "answered 200" from "answered 200 after a crash".</summary>
public sealed class TeamsErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> errors = new();

    public IReadOnlyList<string> Entries => errors.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, TeamsErrorLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error && category.StartsWith("ResBot.Bot.Channels.Teams", StringComparison.Ordinal);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                log.errors.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}
