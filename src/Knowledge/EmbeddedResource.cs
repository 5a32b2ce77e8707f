using System.Reflection;
using System.Security.Cryptography;

namespace ResBot.Knowledge;

/// <summary>The data files shipped inside ResBot.Knowledge (glossary, Arabic word list), opened and hashed one way.</summary>
internal static class EmbeddedResource
{
    public static Stream Open(string name) => Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"{name} is not embedded in ResBot.Knowledge");

    /// <summary>The first 16 hex digits of the resource's SHA-256: what a persisted snapshot records of the data it was built with.</summary>
    public static string ShortHash(string name)
    {
        using var stream = Open(name);
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..16];
    }
}
