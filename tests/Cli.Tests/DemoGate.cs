namespace RentToOwn.Cli.Tests;

/// <summary>
/// Runs one in-process demo at a time: each hosts a whole platform, and two at once on a 2-core machine would only
/// slow both (test classes run in parallel in xUnit).
/// </summary>
internal static class DemoGate
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static (int Code, string Out, string Err) Run(System.CommandLine.Command command, params string[] args)
    {
        Gate.Wait();
        try
        {
            return CliRunner.Run(command, args);
        }
        finally
        {
            Gate.Release();
        }
    }
}
