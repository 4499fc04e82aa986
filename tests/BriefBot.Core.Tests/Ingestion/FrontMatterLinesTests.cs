using System.Collections;
using BriefBot.Core.Ingestion;

namespace BriefBot.Core.Tests.Ingestion;

/// <summary>One-field-a-line front matter read without YAML's scanner, exactly as the YAML parser reads it.</summary>
public class FrontMatterLinesTests
{
    public static TheoryData<string> Usual() =>
    [
        "title: \"The Bold Sanctions: HMC and the Region\"\nauthor: Liagriar Napypund\ndate: 2018-04-17\nsource: Gaig Review\ntags: [Zibrodony, Peru, shadow coercion]",
        "title: Russia's \"new\" order, again\nauthors: [Jane Doe, John Roe]\nurl: https://example.org/a/b?c=d",
        "title: 'Single \"quoted\" \\ text'\nsource: \"It's double-quoted\"\ntags: []\nkeywords: [ a ,b ]",
        "title:\nauthor: ~\nsource: null\nurl: NULL\nlink: Null\nempty: ''\nquoted: \"null\"\nlist: [x, null, ~]",
        "\ntitle:   spaced value   \n   \ndate: 8 June 2018\nplain-key_2: Café — naïve “quotes” {x} [y]",
    ];

    public static TheoryData<string> Unusual() =>
    [
        "# a comment\ntitle: x",
        "title: x # trailing comment",
        "title: x\ntitle: y",
        "title: a long\n  plain scalar",
        "tags:\n  - one",
        "tags:\n- one",
        "title: 'It''s quoted'",
        "title: \"Escaped \\\"quote\\\"\"",
        "title: \"unterminated",
        "title: \"a\" b",
        "title: \"",
        "tags: [a, b,]",
        "tags: [a, , b]",
        "tags: [\"x\", y]",
        "tags: [a: b]",
        "tags: [[a], b]",
        "tags: [unclosed",
        "key: value: more",
        "key: value:",
        "key:value",
        "key : value",
        "null: value",
        "-key: value",
        "title: !!str 2020",
        "base: &a shared",
        "copy: *a",
        "title: >\n  folded",
        "title: -5",
        "{title: flow}",
        "title:\tx",
        "title: a\u2028b",
        "? complex key\n: value",
    ];

    [Theory]
    [MemberData(nameof(Usual))]
    public void TryRead_ReadsOneFieldALine_AsTheYamlParserDoes(string yaml)
    {
        var fields = FrontMatterLines.TryRead(yaml);

        Assert.NotNull(fields);
        Assert.Equal(Describe(FrontMatterFields.TryReadSimple(yaml)), Describe(fields));
    }

    [Theory]
    [MemberData(nameof(Unusual))]
    public void TryRead_LeavesEverythingElseToYamlDotNet(string yaml) =>
        Assert.Null(FrontMatterLines.TryRead(yaml));

    [Theory]
    [MemberData(nameof(Unusual))]
    public void Read_GivesForUnusualYamlWhatItGaveBefore(string yaml)
    {
        var before = Record(() => FrontMatterFields.TryReadSimple(yaml) ?? new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(yaml));

        Assert.Equal(before, Record(() => FrontMatterFields.Read(yaml)));
    }

    private static string Record(Func<Dictionary<string, object?>?> read)
    {
        try
        {
            return Describe(read());
        }
        catch (Exception e)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }

    private static string Describe(object? value) => value switch
    {
        null => "<null>",
        string s => s,
        IEnumerable list => "[" + string.Join(",", list.Cast<object?>().Select(Describe)) + "]",
        _ => $"{value}:{value.GetType().Name}",
    };

    private static string Describe(Dictionary<string, object?>? fields) =>
        fields is null ? "<none>" : string.Join("|", fields.Select(f => $"{f.Key}={Describe(f.Value)}"));
}
