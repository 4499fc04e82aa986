using System.Collections;
using BriefBot.Core.Ingestion;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace BriefBot.Core.Tests.Ingestion;

/// <summary>Front matter fields read as YamlDotNet's deserializer reads them, for every shape of YAML.</summary>
public class FrontMatterFieldsTests
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    public static TheoryData<string> Yaml() =>
    [
        "title: Plain words\nauthor: Jane Doe\ndate: 2018-04-17",
        "title: \"The Bold Sanctions: HMC and the Region\"\ntags: [Zibrodony, Peru, shadow coercion]",
        "title: 'It''s quoted'\nsource: \"Escaped \\\"quote\\\" and \\u00e9\"",
        "tags:\n  - one\n  - \"two, three\"\n  - \nauthors:\n- A B\n- C D",
        "title:\nauthor: ~\nsource: null\nurl: NULL\nlink: Null\nempty: ''\nquoted: \"null\"",
        "title: Café — naïve “quotes”\nurl: https://example.org/a?b=c#frag",
        "title: first\ntitle: second",
        "# a comment\ntitle: x # trailing comment\n\n# another\ndate: 2020-01-01",
        "title: >\n  folded\n  text\nsummary: |\n  literal\n  lines",
        "title: a long\n  plain scalar\n  over lines",
        "{title: flow, tags: [a, b]}",
        "tags: []\nkeywords: [\"x\", 'y', z]",
        "null: value\n~: other",
        "\"\": empty key",
        "title: !!str 2020\ncount: !!int 3",
        "base: &a shared\ncopy: *a",
        "nested:\n  key: value\nlist: [[a, b], c]",
        "items:\n  - a: 1\n  - b",
        "just a scalar",
        "- a\n- b",
        "title: x\n--- second document",
        "title: [unclosed\nauthor: x",
        "title: \"unterminated\nauthor: x",
        "title: x\n  bad: indentation",
        "key: value: more",
        "? complex key\n: value",
        "tags: [a, b,]\n",
        "title: 2018-04-17T10:00:00Z\nflag: yes\nnumber: 0x1F",
    ];

    [Theory]
    [MemberData(nameof(Yaml))]
    public void Read_GivesWhatTheDeserializerGives_OrTheSameError(string yaml)
    {
        Dictionary<string, object?>? expected = null;
        Exception? expectedError = null;
        try
        {
            expected = Deserializer.Deserialize<Dictionary<string, object?>>(yaml);
        }
        catch (Exception e) when (e is YamlException or ArgumentException)
        {
            expectedError = e;
        }

        if (expectedError is not null)
        {
            var actualError = Assert.ThrowsAny<Exception>(() => FrontMatterFields.Read(yaml));
            Assert.Equal(expectedError.GetType(), actualError.GetType());
            Assert.Equal(expectedError.Message, actualError.Message);
            return;
        }

        Assert.Equal(Describe(expected), Describe(FrontMatterFields.Read(yaml)));
    }

    [Fact]
    public void TryReadSimple_ReadsTheUsualFrontMatter_ItselfWithoutTheDeserializer()
    {
        var fields = FrontMatterFields.TryReadSimple("title: \"A: B\"\nauthor: Jane Doe\ntags: [x, y]\nkeywords:\n  - z\ndate:");

        Assert.NotNull(fields);
        Assert.Equal("title=A: B|author=Jane Doe|tags=[x,y]|keywords=[z]|date=<null>", Describe(fields));
    }

    [Theory]
    [InlineData("base: &a shared\ncopy: *a")]
    [InlineData("title: !!str 2020")]
    [InlineData("nested:\n  key: value")]
    [InlineData("title: [unclosed")]
    public void TryReadSimple_LeavesAnchorsTagsNestingAndErrorsToTheDeserializer(string yaml) =>
        Assert.Null(FrontMatterFields.TryReadSimple(yaml));

    /// <summary>Keys in order, values with their shape: a string, &lt;null&gt;, [list] or {map}, and each value's type.</summary>
    private static string Describe(object? value) => value switch
    {
        null => "<null>",
        string s => s,
        IDictionary map => "{" + string.Join("|", map.Keys.Cast<object>().Select(k => $"{k}={Describe(map[k])}")) + "}" + map.GetType().Name,
        IEnumerable list => "[" + string.Join(",", list.Cast<object?>().Select(Describe)) + "]",
        _ => $"{value}:{value.GetType().Name}",
    };

    private static string Describe(Dictionary<string, object?>? fields) =>
        fields is null ? "<none>" : string.Join("|", fields.Select(f => $"{f.Key}={Describe(f.Value)}"));
}
