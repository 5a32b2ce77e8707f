using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ResBot.Bot.Tests.Telemetry;

/// <summary>
/// What the app logs at <paramref name="minimum"/> or above from categories starting with <paramref name="categoryPrefix"/>,
/// kept for a test to read: a warning that must say why, or the errors that tell "answered 200" from "answered 200
/// after a crash".
/// </summary>
public sealed class CollectedLog(LogLevel minimum, string categoryPrefix = "ResBot.") : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();
    private readonly LogLevel _minimum = minimum;
    private readonly string _categoryPrefix = categoryPrefix;

    public IReadOnlyList<Entry> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    /// <summary>One logged message; <see cref="ToString"/> reads as a log line, for an assertion's failure message.</summary>
    public sealed record Entry(LogLevel Level, string Category, string Message, Exception? Exception)
    {
        public override string ToString() => $"{Level} {Category}: {Message} {Exception}";
    }

    private sealed class Logger(string category, CollectedLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) =>
            logLevel >= log._minimum && logLevel != LogLevel.None && category.StartsWith(log._categoryPrefix, StringComparison.Ordinal);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                log._entries.Enqueue(new Entry(logLevel, category, formatter(state, exception), exception));
        }
    }
}
