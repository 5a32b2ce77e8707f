using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ResBot.Bot.Storage;

namespace ResBot.Bot.Generative;

/// <summary>
/// Paragraph vectors under `Data:Path` (generative/embeddings-{model}.bin), keyed by the SHA-256 of the text embedded,
/// so unchanged paragraphs are never embedded twice and a corpus update only embeds what changed. One file per
/// embedding model: vectors of different models are not comparable.
/// </summary>
internal sealed class EmbeddingStore(IOptions<DataOptions> data, IOptions<LlmOptions> llm)
{
    private static readonly byte[] Magic = "RBEMB1"u8.ToArray();

    private string FilePath
    {
        get
        {
            var model = string.Concat(llm.Value.EmbeddingDeployment.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
            return Path.Combine(data.Value.ResolvedPath, "generative", $"embeddings-{model}.bin");
        }
    }

    public static string KeyOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public Dictionary<string, float[]> Load()
    {
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (!File.Exists(FilePath))
            return vectors;
        using var reader = new BinaryReader(File.OpenRead(FilePath));
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            return vectors;
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var key = Convert.ToHexStringLower(reader.ReadBytes(SHA256.HashSizeInBytes));
            var vector = new float[reader.ReadInt32()];
            for (var d = 0; d < vector.Length; d++)
                vector[d] = reader.ReadSingle();
            vectors[key] = vector;
        }
        return vectors;
    }

    public void Save(IReadOnlyDictionary<string, float[]> vectors)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var temporary = FilePath + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            writer.Write(Magic);
            writer.Write(vectors.Count);
            foreach (var (key, vector) in vectors)
            {
                writer.Write(Convert.FromHexString(key));
                writer.Write(vector.Length);
                foreach (var value in vector)
                    writer.Write(value);
            }
        }
        // Write then move, so a crash mid-write never leaves a truncated store behind.
        File.Move(temporary, FilePath, overwrite: true);
    }
}
