using BriefBot.Cli;
using BriefBot.Operations;
using BriefBot.Testing;
using YamlDotNet.RepresentationModel;

namespace BriefBot.Tests.Container;

/// <summary>
/// Docker cannot run here, so what can be checked without it is: the files parse, every path they copy or mount
/// exists in the repository, the health check asks an endpoint the app serves, and every setting they pass is one
/// the app reads.
/// </summary>
public sealed class ContainerFilesTests
{
    private static readonly Dockerfile Image = new(File.ReadAllText(Path.Combine(RepoPaths.Root, "Dockerfile")));

    [Fact]
    public void Dockerfile_CopiesOnlyPathsThatExist_AndThatDockerignoreLetsThrough()
    {
        var ignored = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".dockerignore"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        var copied = Image.CopiedFromContext().ToList();

        Assert.NotEmpty(copied);
        Assert.All(copied, path =>
        {
            var full = Path.Combine(RepoPaths.Root, path);
            Assert.True(File.Exists(full) || Directory.Exists(full), $"COPY {path}: not in the repository");
            Assert.DoesNotContain(path.TrimEnd('/'), ignored);
        });
    }

    [Fact]
    public void Dockerfile_HealthCheck_RunsTheHealthcheckVerb_OnThePortItListensOnAndExposes()
    {
        var healthcheck = Assert.Single(Image.All("HEALTHCHECK"));
        Assert.Contains("\"dotnet\", \"BriefBot.dll\", \"healthcheck\"", healthcheck, StringComparison.Ordinal);

        var urls = Image.Environment()["Http__Urls"];
        var port = new Uri(urls.Replace("+", "localhost", StringComparison.Ordinal)).Port;
        Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), Image.All("EXPOSE").Single().Split(' '));
        Assert.Equal($"http://127.0.0.1:{port}{OperationsServer.LivePath}", HealthProbe.LiveUrlFrom(urls));
    }

    [Fact]
    public void Dockerfile_SetsOnlySettingsTheAppReads()
    {
        var problems = Image.Environment().Select(kv => AppSettingKeys.Problem(kv.Key, kv.Value)).OfType<string>().ToList();

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("Telegram__Tokne")]
    [InlineData("Http__Url")]
    [InlineData("Storage__ConectionString")]
    [InlineData("Telgram__Token")]
    public void SettingsCheck_CatchesAMisspelledKey(string variable) =>
        Assert.NotNull(AppSettingKeys.Problem(variable, "x"));

    [Fact]
    public void Compose_RunsPostgresAndTwoBotInstances_BuiltFromThisDockerfile()
    {
        var services = ComposeServices();

        Assert.Contains(services, s => Scalar(s.Value, "image")?.StartsWith("postgres", StringComparison.Ordinal) == true);
        var bots = services.Where(s => Scalar(s.Value, "build") == ".").ToList();
        Assert.Equal(2, bots.Count);
        Assert.All(bots, bot => Assert.Equal("Postgres", Environment(bot.Value)["Storage__Provider"]));
        Assert.All(bots, bot => Assert.Contains("Host=postgres", Environment(bot.Value)["Storage__ConnectionString"], StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_SetsOnlySettingsTheAppReads_AndMountsFoldersThatExist()
    {
        var bots = ComposeServices().Where(s => Scalar(s.Value, "build") == ".").ToList();

        var problems = bots.SelectMany(b => Environment(b.Value)).Select(kv => AppSettingKeys.Problem(kv.Key, kv.Value)).OfType<string>().ToList();
        Assert.Empty(problems);
        var hostPaths = bots.SelectMany(b => Sequence(b.Value, "volumes")).Select(v => v.Split(':')[0]).Where(p => p.StartsWith("./", StringComparison.Ordinal));
        Assert.All(hostPaths, p => Assert.True(Directory.Exists(Path.Combine(RepoPaths.Root, p)), $"{p} is mounted but not in the repository"));
    }

    private static List<KeyValuePair<string, YamlMappingNode>> ComposeServices()
    {
        var yaml = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, "docker-compose.yml"))))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents.Single().RootNode;
        var services = (YamlMappingNode)root.Children[new YamlScalarNode("services")];
        return services.Children.Select(kv => new KeyValuePair<string, YamlMappingNode>(((YamlScalarNode)kv.Key).Value!, (YamlMappingNode)kv.Value)).ToList();
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static IEnumerable<string> Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value!)
            : [];

    private static Dictionary<string, string> Environment(YamlMappingNode service) =>
        ((YamlMappingNode)service.Children[new YamlScalarNode("environment")]).Children
            .ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value ?? string.Empty, StringComparer.Ordinal);
}
