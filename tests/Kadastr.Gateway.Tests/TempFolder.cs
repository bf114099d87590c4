namespace RentToOwn.Kadastr.Gateway.Tests;

/// <summary>A temporary folder removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public DirectoryInfo Dir { get; } = Directory.CreateTempSubdirectory("kadastr-gw-");

    public string File(string name) => Path.Combine(Dir.FullName, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Dir.Delete(recursive: true);
    }
}
