using System.Diagnostics;

namespace RentToOwn.LedgerAdapter.Tests.Cli;

/// <summary>Runs the built <c>rto.dll</c> (copied next to the tests) as a real child process.</summary>
internal static class RtoProcess
{
    public static string RtoDll => Path.Combine(AppContext.BaseDirectory, "rto.dll");

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        Assert.True(File.Exists(RtoDll), $"rto.dll not found at {RtoDll}; build tests/LedgerAdapter.Tests");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(RtoDll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        return info;
    }

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    /// <summary>Runs <c>rto</c> with <paramref name="environment"/> added to this process's environment (the child's only).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = StartInfo(args);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
