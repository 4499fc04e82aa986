using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BriefBot.Tests.Soak;

/// <summary>Keeps every warning and error the host logs during a soak (the first few of each, and counts).</summary>
internal sealed class CountingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _kept = new();
    private int _warnings;
    private int _errors;

    public int Warnings => Volatile.Read(ref _warnings);

    public int Errors => Volatile.Read(ref _errors);

    public IReadOnlyCollection<string> Kept => _kept;

    public ILogger CreateLogger(string categoryName) => new Counter(this, categoryName);

    public void Dispose()
    {
    }

    private void Record(LogLevel level, string category, string message, Exception? exception)
    {
        var count = level >= LogLevel.Error ? Interlocked.Increment(ref _errors) : Interlocked.Increment(ref _warnings);
        if (count <= 20)
        {
            _kept.Enqueue($"{level} {category}: {message} {exception?.GetType().Name} {exception?.Message}");
        }
    }

    private sealed class Counter(CountingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Record(logLevel, category, formatter(state, exception), exception);
            }
        }
    }
}
