using System.Net;

namespace BriefBot.Core.Operations;

/// <summary>Counts the platform's 429 answers on their way through a transport's HttpClient; changes nothing.</summary>
public sealed class RateLimitCountingHandler(TransportMetrics metrics, string platform) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            metrics.RateLimited(platform);
        }

        return response;
    }
}
