using System.Collections.Concurrent;
using System.Security.Cryptography;
using PdfSharp.Fonts;

namespace RentToOwn.Domain.Contracts;

/// <summary>
/// PDFsharp resolves fonts through one process-wide <see cref="GlobalFontSettings.FontResolver"/>. This resolver is
/// installed once and serves font files registered by content: the family name is derived from the SHA-256 of the
/// font bytes, so renderers with different configured paths can coexist and the same bytes always give the same name.
/// </summary>
internal sealed class ContractFontResolver : IFontResolver
{
    private static readonly Lock Gate = new();
    private static ContractFontResolver? _installed;
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    /// <summary>The installed resolver, installing it on first use.</summary>
    public static ContractFontResolver Instance
    {
        get
        {
            lock (Gate)
            {
                if (_installed is not null)
                {
                    return _installed;
                }

                if (GlobalFontSettings.FontResolver is { } other and not ContractFontResolver)
                {
                    throw new ContractFontException(
                        $"another PDFsharp font resolver ({other.GetType().FullName}) is installed in this process; the contract renderer needs its own");
                }

                _installed = new ContractFontResolver();
                GlobalFontSettings.FontResolver = _installed;
                return _installed;
            }
        }
    }

    /// <summary>Loads <paramref name="path"/> and returns the family name to use for it.</summary>
    public string Register(string path, string configKey)
    {
        if (!File.Exists(path))
        {
            throw new ContractFontException(
                $"contract font not found at '{path}': install the Debian package fonts-dejavu-core or set Domain:ContractPdf:{configKey}");
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 12 || !(bytes[0] == 0 && bytes[1] == 1 && bytes[2] == 0 && bytes[3] == 0) && !(bytes[0] == 'O' && bytes[1] == 'T' && bytes[2] == 'T' && bytes[3] == 'O'))
        {
            throw new ContractFontException($"contract font '{path}' (Domain:ContractPdf:{configKey}) is not a TrueType/OpenType font file");
        }

        var family = "Rto" + Convert.ToHexString(SHA256.HashData(bytes))[..16];
        _faces.TryAdd(family, bytes);
        return family;
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        _faces.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var bytes) ? bytes : null;
}
