using BriefBot.Cli;

namespace BriefBot.Tests.Support;

/// <summary>Runs the real command line in-process and captures what it prints.</summary>
internal static class Cli
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(string[] args, string input = "")
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, new StringReader(input), output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
