using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ResBot.Bot.Storage;
using ResBot.Knowledge.Model;

namespace ResBot.Bot.Generative;

/// <summary>
/// Machine translations kept under `Data:Path` (generative/translations.json), keyed by the SHA-256 of the source text
/// and the target language, so each clause is translated once whatever the process or the answer that needed it.
/// </summary>
internal sealed class TranslationCache(IOptions<DataOptions> data)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private Dictionary<string, string>? entries;

    private string FilePath => Path.Combine(data.Value.ResolvedPath, "generative", "translations.json");

    public static string KeyOf(string text, Language target) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{target.Code()}\n{text}")));

    public async Task<string?> FindAsync(string text, Language target, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return (await LoadAsync(cancellationToken)).GetValueOrDefault(KeyOf(text, target));
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task StoreAsync(string text, Language target, string translation, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var all = await LoadAsync(cancellationToken);
            all[KeyOf(text, target)] = translation;
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            // Write then move, so a crash mid-write never leaves a truncated cache behind.
            var temporary = FilePath + ".tmp";
            await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(all), cancellationToken);
            File.Move(temporary, FilePath, overwrite: true);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<Dictionary<string, string>> LoadAsync(CancellationToken cancellationToken)
    {
        if (entries is not null)
            return entries;
        entries = File.Exists(FilePath)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(FilePath, cancellationToken)) ?? []
            : [];
        return entries;
    }
}
