namespace BriefBot.Core.Commands;

/// <summary>Counts what the bot has done since it started, for /stats.</summary>
public sealed class BotActivity(TimeProvider time)
{
    private long _commands;

    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();

    public long CommandsServed => Interlocked.Read(ref _commands);

    public TimeSpan Uptime => time.GetUtcNow() - StartedAt;

    public void CountCommand() => Interlocked.Increment(ref _commands);
}
