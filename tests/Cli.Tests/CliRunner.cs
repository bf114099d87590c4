using System.CommandLine;

namespace RentToOwn.Cli.Tests;

/// <summary>Runs one command in-process with captured output (no global Console redirection).</summary>
internal static class CliRunner
{
    public static (int Code, string Out, string Err) Run(Command command, params string[] args)
    {
        var root = new RootCommand("test") { command };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = root.Parse([command.Name, .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
