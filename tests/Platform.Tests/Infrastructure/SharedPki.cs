using Microsoft.Extensions.Time.Testing;
using RentToOwn.Eds.Pki;

namespace RentToOwn.Platform.Tests.Infrastructure;

/// <summary>
/// One test PKI folder (made by RentToOwn.Eds, with the six demo parties) per clock, shared by every
/// test host in the run: key generation is the slow part. Issued one day before the clock it serves.
/// </summary>
internal static class SharedPki
{
    private static readonly Lazy<string> ForFake = new(() => Create(PlatformFactory.FakeStart.AddDays(-1)));
    private static readonly Lazy<string> ForSystem = new(() => Create(DateTimeOffset.UtcNow.AddDays(-1)));

    /// <summary>Folder for hosts on the fake clock.</summary>
    public static string FakeClockDirectory => ForFake.Value;

    /// <summary>Folder for hosts on the system clock.</summary>
    public static string SystemClockDirectory => ForSystem.Value;

    /// <summary>
    /// Copies the fake-clock folder to <paramref name="target"/> for a test that changes its PKI (e.g. publishes a
    /// revocation): the keys are not generated again, and the shared folder stays as it was.
    /// </summary>
    public static void CopyFakeClockDirectory(string target)
    {
        var source = FakeClockDirectory;
        foreach (var dir in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, dir)));
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)));
        }
    }

    private static string Create(DateTimeOffset at)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"rto-test-pki-{Environment.ProcessId}-{at.ToUnixTimeSeconds()}");
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        PkiDirectory.Init(dir, new FakeTimeProvider(at));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        };
        return dir;
    }
}
