namespace BriefBot.Discord.Tests.Support;

/// <summary>Every log line the host wrote, with a way to await one that has not been written yet.</summary>
public sealed class LogWatch
{
    private readonly List<string> _lines = [];
    private readonly List<(string Text, int Count, TaskCompletionSource<string> Done)> _waiters = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lock)
            {
                return _lines.ToList();
            }
        }
    }

    public void Write(string line)
    {
        List<TaskCompletionSource<string>> done;
        lock (_lock)
        {
            _lines.Add(line);
            var matched = _waiters.Where(w => line.Contains(w.Text, StringComparison.Ordinal) && Occurrences(w.Text) >= w.Count).ToList();
            _waiters.RemoveAll(matched.Contains);
            done = matched.Select(m => m.Done).ToList();
        }

        done.ForEach(d => d.TrySetResult(line));
    }

    public Task<string> WaitForAsync(string text) => WaitForAsync(text, count: 1);

    /// <summary>Completes with the <paramref name="count"/>th line containing <paramref name="text"/>, counting lines already written.</summary>
    public Task<string> WaitForAsync(string text, int count)
    {
        lock (_lock)
        {
            var seen = _lines.Where(l => l.Contains(text, StringComparison.Ordinal)).Skip(count - 1).FirstOrDefault();
            if (seen is not null)
            {
                return Task.FromResult(seen);
            }

            var done = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((text, count, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(20));
        }
    }

    /// <summary>How many lines so far contain <paramref name="text"/>.</summary>
    public int Count(string text)
    {
        lock (_lock)
        {
            return Occurrences(text);
        }
    }

    private int Occurrences(string text) => _lines.Count(l => l.Contains(text, StringComparison.Ordinal));
}
