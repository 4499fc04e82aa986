namespace BriefBot.Discord.Tests.Support;

/// <summary>Every log line the host wrote, with a way to await one that has not been written yet.</summary>
public sealed class LogWatch
{
    private readonly List<string> _lines = [];
    private readonly List<(string Text, TaskCompletionSource<string> Done)> _waiters = [];
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
            var matched = _waiters.Where(w => line.Contains(w.Text, StringComparison.Ordinal)).ToList();
            _waiters.RemoveAll(matched.Contains);
            done = matched.Select(m => m.Done).ToList();
        }

        done.ForEach(d => d.TrySetResult(line));
    }

    public Task<string> WaitForAsync(string text)
    {
        lock (_lock)
        {
            var seen = _lines.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal));
            if (seen is not null)
            {
                return Task.FromResult(seen);
            }

            var done = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((text, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(20));
        }
    }
}
