namespace BriefBot.Intake.Tests.Support;

/// <summary>Articles written for these tests; every name in them is invented.</summary>
internal static class TestArticles
{
    public const string Title = "Harbour talks stall as fishing quotas divide the north";
    public const string Author = "Tomas Lindgren";
    public const string Expert = "Helena Vantari";

    public static readonly string[] Paragraphs =
    [
        "Negotiators from Norway and Iceland left the third round of harbour talks without an agreement on Thursday, after a week in which the question of fishing quotas crowded out almost everything else on the agenda.",
        "Helena Vantari, a senior fellow at the Coastal Security Institute, said the deadlock was predictable. “Both governments have promised their fleets more than the sea can give,” she said. “Until one of them admits that, every round will end like this one.”",
        "The European Union has offered to host a fourth round in Brussels. Officials in Oslo said they would consider the offer, while Reykjavik has not yet replied.",
        "Vantari argues that the dispute is a test of what she calls managed scarcity, the idea that neighbours can share a shrinking resource without a treaty that fixes every number in advance.",
    ];

    /// <summary>Words that only the page's furniture carries: none may reach the stored article.</summary>
    public static readonly string[] Furniture = ["Subscribe to our newsletter", "Accept all cookies", "Most read this week", "Share on social"];

    /// <summary>The article inside a page full of navigation, cookie banner, sidebar, share buttons and footer.</summary>
    public static string Page(string title = Title, IEnumerable<string>? paragraphs = null) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>{{title}} | The Northern Ledger</title>
          <meta property="og:site_name" content="The Northern Ledger">
          <meta property="og:title" content="{{title}}">
          <meta name="author" content="{{Author}}">
          <meta property="article:published_time" content="2025-03-14T08:30:00Z">
          <script>window.tracker = { id: 'abc' };</script>
          <style>body { font-family: serif; }</style>
        </head>
        <body>
          <div class="cookie-banner">We use cookies. <button>Accept all cookies</button></div>
          <header class="site-header">
            <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          </header>
          <main>
            <article>
              <h1>{{title}}</h1>
              <p class="byline">By {{Author}}</p>
              <time datetime="2025-03-14">14 March 2025</time>
              {{string.Join("\n      ", (paragraphs ?? Paragraphs).Select(p => $"<p>{p}</p>"))}}
              <div class="share-buttons"><a href="#">Share on social</a> <a href="#">Email</a></div>
            </article>
          </main>
          <aside class="sidebar"><h3>Most read this week</h3><ul><li><a href="/a">Ferry timetable changes</a></li><li><a href="/b">Weather warnings</a></li></ul></aside>
          <footer class="site-footer"><p><a href="/newsletter">Subscribe to our newsletter</a></p><p>© The Northern Ledger</p></footer>
        </body>
        </html>
        """;

    /// <summary>A page that is all furniture: a section front with links and no article.</summary>
    public const string NoArticlePage = """
        <!DOCTYPE html>
        <html><head><title>World | The Northern Ledger</title></head>
        <body>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
          <ul class="teasers"><li><a href="/x">Ferry timetable changes</a></li><li><a href="/y">Weather warnings</a></li><li><a href="/z">Port fees rise</a></li></ul>
          <footer><a href="/newsletter">Subscribe to our newsletter</a></footer>
        </body></html>
        """;

    /// <summary>The article as plain paragraphs, blank-line separated, for text files.</summary>
    public static string PlainText(string title = Title) => title + "\n\nBy " + Author + "\n\n" + string.Join("\n\n", Paragraphs) + "\n";
}
