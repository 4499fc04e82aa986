using Microsoft.Extensions.Hosting;

namespace BriefBot.Storage;

/// <summary>Migrates the schema when the host starts, so a bad database stops the bot at once rather than at the first command.</summary>
internal sealed class StorageMigrationService(SqliteDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
