using System.Text;

namespace BriefBot.Tests.Soak;

/// <summary>The mixed commands a soak types: briefings, searches, lists, storage writes, unknown and hostile input.</summary>
internal static class SoakCommands
{
    public static readonly string[] Mix =
    [
        "/help",
        "/start",
        "/actor Pakistan",
        "/actor India",
        "/actor Russia",
        "/expert Oleg Barabanov",
        "/concept Kashmir",
        "/actor Nowhereland",
        "/search Pulwama attack",
        "/search balancing between India and Pakistan",
        "/search zzzz-nothing-matches",
        "/sources",
        "/reading",
        "/subscribe at 08:00",
        "/subscriptions",
        "/unsubscribe",
        "/frobnicate",
        "/actor \u001b]0;pwned\u0007\u202eKenya",
        "/search " + new string('x', 150),
        "/actor " + new string('y', 5_000),
    ];

    public static string At(long index) => Mix[index % Mix.Length];

    /// <summary>Feeds <paramref name="count"/> commands from the mix to the console chat without building one big string.</summary>
    public sealed class Lines(long start, int count, string? last = null) : TextReader
    {
        private long _next = start;
        private int _left = count;
        private string? _last = last;

        public override string? ReadLine()
        {
            if (_left > 0)
            {
                _left--;
                return At(_next++);
            }

            var last = _last;
            _last = null;
            return last;
        }

        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ReadLine());
    }

    /// <summary>Counts the console's replies (one line of text each, then an empty line) and the failures among them.</summary>
    public sealed class Replies : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public long Count { get; private set; }

        public long Failures { get; private set; }

        public string? LastReply { get; private set; }

        public override Task WriteLineAsync(string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                Count++;
                LastReply = value;
                if (value.Contains("something went wrong", StringComparison.OrdinalIgnoreCase))
                {
                    Failures++;
                }
            }

            return Task.CompletedTask;
        }

        public override Task WriteLineAsync() => Task.CompletedTask;

        public override void Write(char value)
        {
        }
    }
}
