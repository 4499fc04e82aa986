using System.Globalization;
using System.Text;

namespace BriefBot.Core.Tests.Ingestion.Hostile;

/// <summary>Front matter is bounded in depth, aliases and size: a hostile one rejects its article, never the process.</summary>
public class FrontMatterBoundsTests
{
    private const string Body = "\n# Title\n\nThe delegations met in Geneva and talked for hours.\n";

    [Theory]
    [InlineData("tags: {0}{1}", 6_000, "nested too deeply")]
    [InlineData("tags:\n{2}x", 6_000, "nested too deeply")]
    [InlineData("tags: {0}{1}", 100_000, "front matter is too long")]
    [InlineData("title: {0}x{1}", 100_000, "front matter is too long")]
    [InlineData("tags:\n{2}x", 100_000, "front matter is too long")]
    public void FrontMatterNestedThousandsDeep_IsRejected_AndTheOthersLoad(string shape, int depth, string reason)
    {
        var yaml = string.Format(CultureInfo.InvariantCulture, shape, new string('[', depth), new string(']', depth), string.Concat(Enumerable.Repeat("- ", depth)));
        using var folder = new TempFolder().Write("good.md", HostileFolder.Article("Good")).Write("deep.md", $"---\n{yaml}\n---\n{Body}");

        var result = HostileFolder.ReadWithin(folder.Path);

        Assert.Equal(["good"], result.Articles.Select(a => a.Id));
        Assert.Contains(reason, result.ReasonFor("deep.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void BlockFrontMatterNestedDeep_IsRejected()
    {
        var yaml = new StringBuilder("---\ntitle: Deep\n");
        for (var i = 0; i < 300; i++)
        {
            yaml.Append(' ', i).Append("k:\n");
        }

        using var folder = new TempFolder().Write("deep.md", yaml.Append("---\n").Append(Body).ToString());

        var result = HostileFolder.ReadWithin(folder.Path);

        Assert.Contains("nested too deeply", result.ReasonFor("deep.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void AYamlAliasBomb_IsRejected_AndTheOthersLoad()
    {
        var bomb = new StringBuilder("---\ntitle: Bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'i'; c++)
        {
            var previous = (char)(c - 1);
            bomb.Append($"{c}: &{c} [{string.Join(',', Enumerable.Repeat($"*{previous}", 9))}]\n");
        }

        bomb.Append("tags: *i\n---\n").Append(Body);
        Assert.True(bomb.Length < 1024);
        using var folder = new TempFolder().Write("good.md", HostileFolder.Article("Good")).Write("bomb.md", bomb.ToString());

        var result = HostileFolder.ReadWithin(folder.Path);

        Assert.Equal(["good"], result.Articles.Select(a => a.Id));
        Assert.Contains("aliases", result.ReasonFor("bomb.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void HugeFrontMatter_IsRejected()
    {
        var big = $"---\ntitle: Big\nsummary: \"{new string('x', 200_000)}\"\n---\n{Body}";
        using var folder = new TempFolder().Write("big.md", big);

        var result = HostileFolder.ReadWithin(folder.Path);

        Assert.Contains("front matter is too long", result.ReasonFor("big.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void OrdinaryNestedFrontMatterWithAnAlias_StillLoads()
    {
        const string Text = """
            ---
            title: "Ports: a survey"
            author: &who Ingrid Solberg
            reviewer: *who
            tags:
              - energy
              - Baltic
            params:
              series: { name: Grid, part: 2 }
              related: [[a, b], [c]]
            ---

            Ports along the coast are rewiring fast.
            """;
        using var folder = new TempFolder().Write("ports.md", Text);

        var article = Assert.Single(HostileFolder.ReadWithin(folder.Path).Articles);

        Assert.Equal("Ports: a survey", article.Title);
        Assert.Equal(["Ingrid Solberg"], article.Authors);
        Assert.Equal(["energy", "Baltic"], article.Tags);
    }
}
