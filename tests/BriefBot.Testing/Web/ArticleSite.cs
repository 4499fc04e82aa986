using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Testing.Web;

/// <summary>
/// A web site on loopback for /add to fetch from: pages are registered by path with a handler, and every request is
/// recorded. The canned handlers cover what a real site does to a fetcher: pages with navigation and clutter around
/// the article, redirects, a page far larger than any limit (streamed, counting what was actually written), and a page
/// that never finishes.
/// </summary>
public sealed class ArticleSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private long _hugeBytesWritten;

    private ArticleSite()
    {
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public int Port => BaseUrl.Port;

    /// <summary>The path and query of every request, in arrival order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>What <see cref="Huge"/> pages wrote before the client went away.</summary>
    public long HugeBytesWritten => Interlocked.Read(ref _hugeBytesWritten);

    public static async Task<ArticleSite> StartAsync()
    {
        var site = new ArticleSite();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(site.HandleAsync);
        await app.StartAsync();
        site._app = app;
        site.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return site;
    }

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery.TrimStart('/'));

    public void Map(string path, RequestDelegate handler) => _routes[path] = handler;

    public void Page(string path, string html, string contentType = "text/html; charset=utf-8") =>
        Map(path, context => Write(context, contentType, System.Text.Encoding.UTF8.GetBytes(html)));

    public void Bytes(string path, byte[] body, string contentType) => Map(path, context => Write(context, contentType, body));

    public void Redirect(string path, string location, int status = 302) => Map(path, context =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    });

    /// <summary>
    /// A page of <paramref name="bytes"/> bytes of HTML, with or without a Content-Length, served by hand from its own
    /// socket on loopback (Kestrel, once the client has gone, may complete writes without sending them, which would make
    /// the count meaningless): each write goes to the socket, and the first one after the client closed fails.
    /// Returns the page's address; <see cref="HugeBytesWritten"/> counts what the socket accepted.
    /// </summary>
    public Uri Huge(long bytes, bool declareLength)
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        _ = Task.Run(async () =>
        {
            try
            {
                using var client = await listener.AcceptTcpClientAsync(_stopping.Token);
                var stream = client.GetStream();
                var request = new byte[8192];
                var seen = 0;
                while (seen < request.Length && System.Text.Encoding.ASCII.GetString(request, 0, seen).IndexOf("\r\n\r\n", StringComparison.Ordinal) < 0)
                {
                    var n = await stream.ReadAsync(request.AsMemory(seen), _stopping.Token);
                    if (n == 0)
                    {
                        return;
                    }

                    seen += n;
                }

                var head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n" + (declareLength ? $"Content-Length: {bytes}\r\n" : string.Empty) + "\r\n";
                await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head), _stopping.Token);
                var chunk = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>filler text for a page that never ends</p>\n", 1500)));
                for (long written = 0; written < bytes;)
                {
                    var n = (int)Math.Min(chunk.Length, bytes - written);
                    await stream.WriteAsync(chunk.AsMemory(0, n), _stopping.Token);
                    written += n;
                    Interlocked.Add(ref _hugeBytesWritten, n);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or System.Net.Sockets.SocketException or ObjectDisposedException)
            {
                // The client stopped reading and closed: that is the point.
            }
            finally
            {
                listener.Stop();
            }
        });
        return new Uri($"http://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}/huge.html");
    }

    /// <summary>A page that sends its headers and then nothing until the site stops.</summary>
    public void Never(string path) => Map(path, async context =>
    {
        context.Response.ContentType = "text/html";
        await context.Response.StartAsync(context.RequestAborted);
        await context.Response.WriteAsync("<html><body><p>", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            await Task.Delay(Timeout.Infinite, both.Token);
        }
        catch (OperationCanceledException)
        {
        }
    });

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private Task HandleAsync(HttpContext context)
    {
        _requests.Enqueue(context.Request.Path + context.Request.QueryString);
        if (_routes.TryGetValue(context.Request.Path.Value ?? "/", out var handler))
        {
            return handler(context);
        }

        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    private static async Task Write(HttpContext context, string contentType, byte[] body)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
