using System.Globalization;
using System.Text.Json;
using BriefBot.Telegram.Options;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace BriefBot.Telegram.Receiving;

/// <summary>
/// Updates taken in from Telegram but not yet handled, one small file each in a folder beside the offset file
/// (Telegram:OffsetPath + ".pending"). An update is written here before its offset is confirmed to Telegram and
/// removed once handled, so the updates a stop or a crash interrupts are handled after the restart, and only those.
/// </summary>
internal sealed class PendingUpdateJournal(IOptions<TelegramOptions> options)
{
    private const string Extension = ".json";

    private readonly string _folder = Path.GetFullPath(options.Value.OffsetPath) + ".pending";

    public string Folder => _folder;

    public async Task SaveAsync(Update update, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_folder);
        var path = PathOf(update.Id);
        var temporary = path + ".tmp";
        await using (var file = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(file, update, JsonBotAPI.Options, cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public void Forget(long updateId)
    {
        try
        {
            File.Delete(PathOf(updateId));
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was ever kept.
        }
    }

    /// <summary>The updates left over, oldest first, and the names of files that could not be read (they are removed).</summary>
    public async Task<(IReadOnlyList<Update> Updates, IReadOnlyList<string> Unreadable)> LoadAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_folder))
        {
            return ([], []);
        }

        var updates = new List<Update>();
        var unreadable = new List<string>();
        foreach (var path in Directory.EnumerateFiles(_folder))
        {
            if (!path.EndsWith(Extension, StringComparison.Ordinal))
            {
                // A write a crash interrupted: its update was never confirmed, so Telegram sends it again.
                TryDelete(path);
                continue;
            }

            try
            {
                await using var file = File.OpenRead(path);
                updates.Add(await JsonSerializer.DeserializeAsync<Update>(file, JsonBotAPI.Options, cancellationToken)
                    ?? throw new JsonException("empty"));
            }
            catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
            {
                unreadable.Add($"{Path.GetFileName(path)} ({ex.Message})");
                TryDelete(path);
            }
        }

        return ([.. updates.OrderBy(u => u.Id)], unreadable);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Reported with the file; it is tried again at the next start.
        }
    }

    private string PathOf(long updateId) => Path.Combine(_folder, updateId.ToString(CultureInfo.InvariantCulture) + Extension);
}
