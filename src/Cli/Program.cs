using System.CommandLine;
using RentToOwn.Cli.Commands;

var root = new RootCommand("rto: the RentToOwn command line (identity numbers, calendar, leases, PKI, signatures, ledger, cadastre, demo)");
foreach (var command in CommandSets.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
