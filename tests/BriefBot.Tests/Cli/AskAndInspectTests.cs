using BriefBot.Testing;
using System.Text.Json;
using BriefBot.Tests.Support;

namespace BriefBot.Tests.Cli;

public class AskAndInspectTests
{
    public static TheoryData<string> ReadmeExamples()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var examples = new TheoryData<string>();
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(readme, "-- ask \"(?<cmd>/[^\"]+)\""))
        {
            examples.Add(match.Groups["cmd"].Value);
        }

        return examples;
    }

    [Fact]
    public void Readme_HasAskExamples() => Assert.True(ReadmeExamples().Count >= 8);

    [Theory]
    [MemberData(nameof(ReadmeExamples))]
    public async Task Ask_AnswersEveryReadmeExample_FromTheShippedContent(string command)
    {
        var (exit, output, error) = await Support.Cli.RunAsync(["ask", "--content", RepoPaths.Content, command]);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.NotEmpty(output.Trim());
        Assert.DoesNotContain("I don't know", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing in the articles", output, StringComparison.Ordinal);
        Assert.DoesNotContain("went wrong", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_BriefingCitesItsSources()
    {
        var (_, output, _) = await Support.Cli.RunAsync(["ask", "--content", RepoPaths.Content, "/actor Pakistan"]);

        Assert.Contains("Sources: ", output, StringComparison.Ordinal);
        Assert.Contains("Related:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_FailsWithASentence_WhenTheContentFolderIsMissing()
    {
        var (exit, output, error) = await Support.Cli.RunAsync(["ask", "--content", "/nonexistent/briefbot", "/actor Pakistan"]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("The content folder '/nonexistent/briefbot' does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_Json_HasTheDocumentedShape()
    {
        var (exit, output, _) = await Support.Cli.RunAsync(["inspect", "--content", RepoPaths.Content, "--json"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        AssertKeys(root.GetProperty("articles")[0], "id", "title", "author", "date", "source", "path");
        AssertKeys(root.GetProperty("actors")[0], "name", "kind", "aliases", "mentions", "articles");
        AssertKeys(root.GetProperty("experts")[0], "name", "aliases", "roles", "affiliations", "mentions", "articles");
        AssertKeys(root.GetProperty("concepts")[0], "name", "aliases", "definition", "mentions", "articles");
        AssertKeys(root.GetProperty("readings")[0], "date", "title", "authors", "article", "topics");
        Assert.Equal(2, root.GetProperty("articles").GetArrayLength());
        Assert.All(root.GetProperty("readings").EnumerateArray(), r =>
            Assert.True(r.GetProperty("date").ValueKind == JsonValueKind.Null || DateOnly.TryParseExact(r.GetProperty("date").GetString(), "yyyy-MM-dd", out _)));
    }

    [Fact]
    public async Task Inspect_ReportsAnEmptyFolder_AsAValidState()
    {
        using var content = new TempContent(withShippedArticles: false);

        var (exit, output, _) = await Support.Cli.RunAsync(["inspect", "--content", content.Folder]);

        Assert.Equal(0, exit);
        Assert.Contains("0 articles", output, StringComparison.Ordinal);
    }

    private static void AssertKeys(JsonElement element, params string[] keys)
    {
        foreach (var key in keys)
        {
            Assert.True(element.TryGetProperty(key, out _), $"missing \"{key}\" in {element}");
        }
    }
}
