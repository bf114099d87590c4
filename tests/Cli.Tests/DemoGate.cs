namespace RentToOwn.Cli.Tests;

/// <summary>
/// Runs one in-process demo at a time: each hosts a whole platform, and two at once on a 2-core machine would only
/// slow both (test classes run in parallel in xUnit).
/// </summary>
internal static class DemoGate
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    // The demo's platform runs on the real clock: from 2028 on (past the shipped calendar data) it computes deadlines
    // from the statutory holidays alone instead of failing them, as an operator would until they load the year.
    static DemoGate() => Environment.SetEnvironmentVariable("Domain__Calendar__RequireYearData", "false");

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
