using System.Runtime.CompilerServices;

namespace RentToOwn.Tests.Shared;

// Compiled into every test project that starts hosts (linked from its .csproj).

/// <summary>
/// Test hosts watch no files with inotify. Each ASP.NET Core / generic host watches its appsettings*.json
/// (reloadOnChange), and each watcher is one inotify instance; Linux allows 128 per user, shared by every process
/// of that user. With every test assembly running at once (scripts/test.sh) and hosts alive in each, a run hit the
/// limit and hosts failed to start ("The configured user limit (128) on the number of inotify instances has been
/// reached"). No test changes a configuration file at run time, so the hosts read their files once, and any other
/// file watching (static files, pages) polls instead.
/// </summary>
internal static class NoFileWatchers
{
    [ModuleInitializer]
    internal static void Apply()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
