using BriefBot.Testing;
using BriefBot.Tests.Support;

namespace BriefBot.Tests.Cli;

public class ConsoleChatTests
{
    [Fact]
    public async Task Chat_AnswersEachLine_UntilEndOfInput()
    {
        var (exit, output, _) = await Support.Cli.RunAsync(["chat", "--content", RepoPaths.Content], "/actor Pakistan\n/concept\n");

        Assert.Equal(0, exit);
        Assert.Contains("Pakistan", output, StringComparison.Ordinal);
        Assert.Contains("Concepts I know", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_TypingAButtonNumber_RunsThatChoice()
    {
        using var content = new TempContent(withShippedArticles: false);
        content.Write("two.md", "---\ntitle: Two Bergs\nauthor: Sam Writer\ndate: 2024-02-02\n---\n\nAnna Berg, a senior fellow at the Nordic Policy Institute, disagrees with Lars Berg, a professor at the Baltic University, about almost everything.\n\nAnna Berg says the region needs patience. Lars Berg says it needs money.\n");

        var (_, output, _) = await Support.Cli.RunAsync(["chat", "--content", content.Folder], "/expert Berg\n1\n");

        Assert.Contains("Did you mean", output, StringComparison.Ordinal);
        Assert.Contains("[1]", output, StringComparison.Ordinal);
        Assert.Contains("Expert · ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_ANumberOutsideTheLastChoices_SaysWhichNumbersAreValid()
    {
        using var content = new TempContent(withShippedArticles: false);
        content.Write("two.md", "---\ntitle: Two Bergs\nauthor: Sam Writer\ndate: 2024-02-02\n---\n\nAnna Berg, a senior fellow at the Nordic Policy Institute, disagrees with Lars Berg, a professor at the Baltic University, about almost everything.\n\nAnna Berg says the region needs patience. Lars Berg says it needs money.\n");

        var (_, output, _) = await Support.Cli.RunAsync(["chat", "--content", content.Folder], "/expert Berg\n9\n");

        Assert.Contains("Type a number from 1 to 2 to choose from the last list", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Commands start with a slash, for example", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ShowsEachArgumentInOnePairOfBrackets()
    {
        var (_, output, _) = await Support.Cli.RunAsync(["chat", "--content", RepoPaths.Content], "/help\n");

        Assert.Contains("/subscribe [TOPIC ...] [at HH:MM] [in ZONE]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("[[", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_ReloadAfterRemovingAnArticle_ReportsItGone_AndSourcesNoLongerListIt()
    {
        using var content = new TempContent();
        var removed = Directory.GetFiles(content.Folder).Order(StringComparer.Ordinal).First();
        var removedTitle = File.ReadLines(removed).First().Trim();
        var input = new ScriptedInput(
            (null, "/sources"),
            (() => File.Delete(removed), "/reload"),
            (null, "/sources"));
        using var output = new StringWriter();

        var exit = await BriefBot.Cli.CliApp.RunAsync(["chat", "--content", content.Folder], input, output, TextWriter.Null);

        var transcript = output.ToString();
        var afterReload = transcript[transcript.IndexOf("Reload", StringComparison.Ordinal)..];
        Assert.Equal(0, exit);
        Assert.Contains("Articles (2)", transcript, StringComparison.Ordinal);
        Assert.Contains($"Articles removed (1): {removedTitle}", afterReload, StringComparison.Ordinal);
        Assert.Contains("Articles (1)", afterReload, StringComparison.Ordinal);
        Assert.DoesNotContain(removedTitle, afterReload[afterReload.IndexOf("Articles (1)", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_NeverEchoesControlCharactersOrTerminalEscapes_ThatWereTyped()
    {
        var typed = "/actor \u001b]0;pwned\u0007\u001b[2JNar\u0000nia\u009b31m\n/no\u001b[31mcommand\u0007\n/search \u001b[5mzzqx\n";

        var (_, output, _) = await Support.Cli.RunAsync(["chat", "--content", RepoPaths.Content], typed);

        Assert.DoesNotContain(output, c => char.IsControl(c) && c is not '\n' and not '\r');
        Assert.Contains("I don't know the command /nocommand", output, StringComparison.Ordinal);
    }
}
