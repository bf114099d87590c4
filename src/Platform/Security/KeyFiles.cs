namespace RentToOwn.Platform.Security;

/// <summary>Writes private-key files readable by the owner only (0600 on Unix).</summary>
public static class KeyFiles
{
    /// <summary>Creates or replaces <paramref name="path"/> with owner-only permissions.</summary>
    public static void WriteAllText(string path, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(path, System.Text.Encoding.UTF8, options)) writer.Write(content);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite); // an existing file keeps its mode otherwise
    }
}
