namespace RentToOwn.Platform.Persistence;

/// <summary>Configuration section <c>RentToOwn</c>: where the platform keeps its files.</summary>
public sealed class PlatformDataOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "RentToOwn";

    /// <summary>
    /// Data directory (SQLite file, test PKI, ledger, uploads). Relative paths are taken from the
    /// content root; empty means <c>data/</c> under the content root.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>The absolute data directory for a host with <paramref name="contentRoot"/>.</summary>
    public string ResolveDataDirectory(string contentRoot) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(DataDirectory) ? "data" : DataDirectory, contentRoot);
}
