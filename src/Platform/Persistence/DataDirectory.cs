using Microsoft.Extensions.Options;

namespace RentToOwn.Platform.Persistence;

/// <summary>The resolved, existing data directory (<c>RentToOwn:DataDirectory</c>, default <c>data/</c>).</summary>
public sealed class DataDirectory
{
    /// <summary>Resolves the directory against the content root and creates it.</summary>
    public DataDirectory(IOptions<PlatformDataOptions> options, IHostEnvironment environment)
    {
        Path = options.Value.ResolveDataDirectory(environment.ContentRootPath);
        Directory.CreateDirectory(Path);
    }

    /// <summary>Absolute path of the data directory.</summary>
    public string Path { get; }
}
