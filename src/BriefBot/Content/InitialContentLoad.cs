using Microsoft.Extensions.Hosting;

namespace BriefBot.Content;

/// <summary>Loads the content before any transport starts answering.</summary>
internal sealed class InitialContentLoad(ContentLoader loader) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        loader.LoadInitial();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
