using System.Diagnostics;

namespace RentToOwn.Platform.Tests.Infrastructure;

/// <summary>The browser-code folder (src/Platform/ClientApp) and a way to run node scripts in it.</summary>
internal static class ClientAppFolder
{
    public static string Path
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "RentToOwn.sln"))) dir = dir.Parent;
            var path = System.IO.Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "src", "Platform", "ClientApp");
            if (!Directory.Exists(System.IO.Path.Combine(path, "node_modules", "node-forge")))
            {
                throw new InvalidOperationException(
                    $"{path}/node_modules is missing. Run `bash scripts/test.sh` (it runs `npm ci` there) or `cd src/Platform/ClientApp && npm ci && npm run build`.");
            }

            return path;
        }
    }

    /// <summary>Runs <c>node ARGS</c> in the folder; returns exit code, stdout and stderr.</summary>
    public static async Task<(int Code, string Out, string Err)> NodeAsync(params string[] args)
    {
        var psi = new ProcessStartInfo("node") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("node is not installed (apt-get install nodejs)");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await p.WaitForExitAsync(cts.Token);
        return (p.ExitCode, await stdout, await stderr);
    }
}
