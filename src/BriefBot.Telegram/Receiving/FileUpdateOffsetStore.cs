using System.Globalization;
using BriefBot.Telegram.Options;
using Microsoft.Extensions.Options;

namespace BriefBot.Telegram.Receiving;

/// <summary>
/// The default offset store: one number in a small file (Telegram:OffsetPath), replaced atomically
/// (write a temporary file, then move it over) so a crash never leaves half a number.
/// </summary>
public sealed class FileUpdateOffsetStore(IOptions<TelegramOptions> options) : IUpdateOffsetStore
{
    private readonly string _path = Path.GetFullPath(options.Value.OffsetPath);

    public string FilePath => _path;

    public async Task<long?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            return null;
        }

        var text = (await File.ReadAllTextAsync(_path, cancellationToken)).Trim();
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new InvalidDataException($"{_path} does not hold an update id.");
    }

    public async Task SaveAsync(long lastHandledUpdateId, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(_path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var temporary = _path + ".tmp";
        await File.WriteAllTextAsync(temporary, lastHandledUpdateId.ToString(CultureInfo.InvariantCulture), cancellationToken);
        File.Move(temporary, _path, overwrite: true);
    }
}
