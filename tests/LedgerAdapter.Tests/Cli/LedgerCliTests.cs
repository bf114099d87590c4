using System.Text.Json.Nodes;
using RentToOwn.LedgerAdapter.Tests.Bundles;

namespace RentToOwn.LedgerAdapter.Tests.Cli;

public class LedgerCliTests
{
    private static readonly string Doc = new('a', 64);

    [Fact]
    public async Task Init_append_1000_bundle_verify_bundle_round_trip_and_every_flipped_field_exits_1()
    {
        var root = TestKeys.TempDir();
        var dir = Path.Combine(root, "ledger");
        var init = await RtoProcess.RunAsync("ledger", "init", "--dir", dir);
        Assert.True(init.ExitCode == 0, init.Error);
        Assert.True(File.Exists(Path.Combine(dir, "log.pub")) && File.Exists(Path.Combine(dir, "witness.pub")));

        var one = await RtoProcess.RunAsync("ledger", "append", "--dir", dir, "--kind", "ContractSigned", "--subject", "contract-1",
            "--document-sha256", Doc, "--signature-sha256", new string('b', 64), "--signer-iin", "900101300123", "--role", "tenant");
        Assert.True(one.ExitCode == 0, one.Error);
        var receipt = JsonNode.Parse(one.Output)!;
        Assert.Equal(0, receipt["index"]!.GetValue<long>());
        Assert.DoesNotContain("900101300123", one.Output);

        var many = await RtoProcess.RunAsync("ledger", "append", "--dir", dir, "--kind", "SignatureAdded", "--subject", "contract-2",
            "--document-sha256", Doc, "--count", "999", "--concurrency", "8");
        Assert.True(many.ExitCode == 0, many.Error);
        Assert.Equal(999, many.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var bundleFile = Path.Combine(root, "b.json");
        var bundle = await RtoProcess.RunAsync("ledger", "bundle", "--dir", dir, "--index", "617", "--out", bundleFile);
        Assert.True(bundle.ExitCode == 0, bundle.Error);
        string[] keys = ["--log-key", Path.Combine(dir, "log.pub"), "--witness-key", Path.Combine(dir, "witness.pub")];
        var ok = await RtoProcess.RunAsync(["ledger", "verify-bundle", bundleFile, .. keys]);
        Assert.True(ok.ExitCode == 0, ok.Output + ok.Error);
        Assert.Contains("1000", ok.Output);

        // Flip one character of every field: each must exit 1 with the reason. Run through the real CLI.
        var json = await File.ReadAllTextAsync(bundleFile);
        var mutations = BundleMutations.FlipEachField(json).ToList();
        Assert.True(mutations.Count > 20);
        await Parallel.ForEachAsync(mutations, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (m, _) =>
        {
            var file = Path.Combine(root, $"m{Guid.NewGuid():N}.json");
            await File.WriteAllTextAsync(file, m.Json);
            var r = await RtoProcess.RunAsync(["ledger", "verify-bundle", file, .. keys]);
            Assert.True(r.ExitCode == 1, $"{m.Field}: exit {r.ExitCode} {r.Output}{r.Error}");
            Assert.Contains("FAILED: ", r.Output + r.Error.Replace("error: ", "FAILED: "));
        });
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_error_and_exit_2()
    {
        var dir = Path.Combine(TestKeys.TempDir(), "ledger");
        Assert.Equal(0, (await RtoProcess.RunAsync("ledger", "init", "--dir", dir)).ExitCode);
        var again = await RtoProcess.RunAsync("ledger", "init", "--dir", dir);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already holds a ledger", again.Error);

        var badKind = await RtoProcess.RunAsync("ledger", "append", "--dir", dir, "--kind", "Nope", "--subject", "c-1", "--document-sha256", Doc);
        Assert.Equal(2, badKind.ExitCode);
        Assert.Contains("--kind must be one of", badKind.Error);
        var badHash = await RtoProcess.RunAsync("ledger", "append", "--dir", dir, "--kind", "ContractSigned", "--subject", "c-1", "--document-sha256", "abc");
        Assert.Equal(2, badHash.ExitCode);
        Assert.Contains("64 hex", badHash.Error);
        var iinSubject = await RtoProcess.RunAsync("ledger", "append", "--dir", dir, "--kind", "ContractSigned", "--subject", "900101300123", "--document-sha256", Doc);
        Assert.Equal(2, iinSubject.ExitCode);
        Assert.Contains("IIN", iinSubject.Error);
        var noLedger = await RtoProcess.RunAsync("ledger", "bundle", "--dir", dir + "-missing", "--index", "0", "--out", dir + ".json");
        Assert.Equal(2, noLedger.ExitCode);
        Assert.Contains("rto ledger init", noLedger.Error);
        var noLeaf = await RtoProcess.RunAsync("ledger", "bundle", "--dir", dir, "--index", "5", "--out", dir + ".json");
        Assert.Equal(2, noLeaf.ExitCode);
        var missingBundle = await RtoProcess.RunAsync("ledger", "verify-bundle", dir + "/none.json", "--log-key", Path.Combine(dir, "log.pub"));
        Assert.Equal(1, missingBundle.ExitCode);
    }
}
