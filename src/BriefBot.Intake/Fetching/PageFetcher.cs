using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Intake.Fetching;

/// <summary>
/// Fetches one page within bounds: http and https only, at most <see cref="IntakeOptions.MaxRedirects"/> redirects
/// followed by hand (each one checked like the first), at most <see cref="IntakeOptions.MaxFetchBytes"/> counted while
/// reading, the whole fetch within <see cref="IntakeOptions.FetchTimeout"/>. Every connection is made by
/// <see cref="ConnectAsync"/>, which resolves the host itself and connects only to addresses the
/// <see cref="AddressPolicy"/> allows, so a redirect or a DNS answer cannot lead a request to a private address.
/// </summary>
public sealed partial class PageFetcher : IDisposable
{
    private readonly HttpClient _http;
    private readonly IntakeOptions _options;
    private readonly AddressPolicy _policy;
    private readonly TimeProvider _time;
    private readonly ILogger<PageFetcher> _logger;

    public PageFetcher(IOptions<IntakeOptions> options, TimeProvider time, ILogger<PageFetcher> logger, AddressPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _policy = policy ?? new AddressPolicy(_options.AllowPrivateAddresses);
        _time = time;
        _logger = logger;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            // A proxy would make the connection for us, to addresses we never see.
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            MaxResponseHeadersLength = 64,
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("BriefBot", "1.0"));
    }

    public Task<FetchedPage> FetchAsync(Uri uri, CancellationToken cancellationToken) => FetchAsync(uri, FetchRequest.Page, cancellationToken);

    /// <summary>Fetches as <paramref name="how"/> says; a 304 to a conditional request is a page with <see cref="FetchedPage.NotModified"/>.</summary>
    public async Task<FetchedPage> FetchAsync(Uri uri, FetchRequest how, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(how);
        using var timeout = new CancellationTokenSource(_options.FetchTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var current = uri;
        try
        {
            for (var hop = 0; ; hop++)
            {
                CheckScheme(current, hop);
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.Accept.ParseAdd(how.Accept);
                if (how.IfNoneMatch is { Length: > 0 } etag)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                }

                if (how.IfModifiedSince is { Length: > 0 } since)
                {
                    request.Headers.TryAddWithoutValidation("If-Modified-Since", since);
                }

                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
                if (IsRedirect(response.StatusCode))
                {
                    if (hop == IntakeOptions.MaxRedirects)
                    {
                        throw new IntakeRefusedException($"That link redirects more than {IntakeOptions.MaxRedirects} times, so I stopped following it.");
                    }

                    var location = response.Headers.Location
                        ?? throw new IntakeRefusedException("That link redirects without saying where to.");
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                var etagAnswered = response.Headers.ETag?.ToString();
                var modifiedAnswered = response.Content.Headers.TryGetValues("Last-Modified", out var modified) ? modified.FirstOrDefault() : null;
                if (response.StatusCode == HttpStatusCode.NotModified && (how.IfNoneMatch is not null || how.IfModifiedSince is not null))
                {
                    LogFetched(_logger, current.Host, hop, 0);
                    return new FetchedPage(uri, current, null, null, []) { NotModified = true, ETag = etagAnswered ?? how.IfNoneMatch, LastModified = modifiedAnswered ?? how.IfModifiedSince };
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new IntakeRefusedException(how.Noun == "page"
                        ? $"The page answered {(int)response.StatusCode} {response.ReasonPhrase}, not an article."
                        : $"The {how.Noun} answered {(int)response.StatusCode} {response.ReasonPhrase}.")
                    {
                        MayPass = (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests,
                    };
                }

                if (response.Content.Headers.ContentLength > _options.MaxFetchBytes)
                {
                    throw TooLarge(how.Noun);
                }

                var body = await ReadBoundedAsync(response.Content, how.Noun, linked.Token).ConfigureAwait(false);
                LogFetched(_logger, current.Host, hop, body.Length);
                return new FetchedPage(uri, current, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentType?.CharSet, body)
                {
                    ETag = etagAnswered,
                    LastModified = modifiedAnswered,
                };
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogRefused(_logger, current.Host, "timed out");
            throw new IntakeRefusedException($"The {how.Noun} did not arrive within {_options.FetchTimeout.TotalSeconds:0.#} s, so I gave up on it.") { MayPass = true };
        }
        catch (HttpRequestException e) when (Blocked(e) is { } blocked)
        {
            LogRefused(_logger, current.Host, "private address");
            throw new IntakeRefusedException(blocked.Message, e);
        }
        catch (HttpRequestException e)
        {
            LogRefused(_logger, current.Host, e.HttpRequestError.ToString());
            throw new IntakeRefusedException($"I could not fetch that {how.Noun} from {current.Host} ({Describe(e)}).", e) { MayPass = true };
        }
    }

    public void Dispose() => _http.Dispose();

    private static void CheckScheme(Uri uri, int hop)
    {
        if (!uri.IsAbsoluteUri || uri.Scheme is not ("http" or "https"))
        {
            throw new IntakeRefusedException(hop == 0
                ? "I only fetch http and https links."
                : "That link redirects to something other than an http or https address, so I stopped.");
        }
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private async Task<byte[]> ReadBoundedAsync(HttpContent content, string noun, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await BoundedReads.ReadAsync(stream, _options.MaxFetchBytes, () => TooLarge(noun), cancellationToken).ConfigureAwait(false);
        }
    }

    private IntakeRefusedException TooLarge(string noun) =>
        new($"That {noun} is larger than {Sizes.Show(_options.MaxFetchBytes)}, the most I fetch.");

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var port = context.DnsEndPoint.Port;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        // One address the policy refuses is enough to refuse the host: which one a client would use is not ours to say.
        if (addresses.Length == 0 || addresses.Any(a => !_policy.Allows(new IPEndPoint(a, port))))
        {
            throw new BlockedAddressException($"I do not fetch from {host}: it is a loopback, private, link-local or metadata address.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static BlockedAddressException? Blocked(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            if (current is BlockedAddressException blocked)
            {
                return blocked;
            }
        }

        return null;
    }

    private static string Describe(HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "its name does not resolve",
        HttpRequestError.ConnectionError => "the connection failed",
        HttpRequestError.SecureConnectionError => "its secure connection failed",
        HttpRequestError.ResponseEnded => "it closed the connection early",
        HttpRequestError.InvalidResponse => "it sent an invalid answer",
        _ => "the request failed",
    };

    private sealed class BlockedAddressException(string message) : Exception(message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched a page from {Host} after {Redirects} redirects: {Bytes} bytes")]
    private static partial void LogFetched(ILogger logger, string host, int redirects, int bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused to fetch from {Host}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string host, string reason);
}

/// <summary>Reads a stream to its end, refusing one longer than a limit as soon as the limit is passed.</summary>
public static class BoundedReads
{
    public static async Task<byte[]> ReadAsync(Stream stream, long maxBytes, Func<Exception> tooLarge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(tooLarge);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw tooLarge();
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
