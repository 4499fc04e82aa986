namespace BriefBot.Tests.Support;

/// <summary>Console input that can change the world (delete a file, say) just before a line is read.</summary>
internal sealed class ScriptedInput(params (Action? Before, string Line)[] lines) : TextReader
{
    private int _next;

    public override string? ReadLine()
    {
        if (_next >= lines.Length)
        {
            return null;
        }

        var (before, line) = lines[_next++];
        before?.Invoke();
        return line;
    }

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ReadLine());
}
