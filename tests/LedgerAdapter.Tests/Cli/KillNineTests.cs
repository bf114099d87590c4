using System.Diagnostics;
using System.Text.Json.Nodes;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.LedgerAdapter.Tests.Cli;

public class KillNineTests
{
    [Fact]
    public async Task After_SIGKILL_mid_append_the_log_reopens_consistent_and_every_printed_receipt_verifies()
    {
        var dir = Path.Combine(TestKeys.TempDir(), "ledger");
        Assert.Equal(0, (await RtoProcess.RunAsync("ledger", "init", "--dir", dir)).ExitCode);

        // A child appends with 32 concurrent writers and prints each receipt once it is durable.
        using var child = Process.Start(RtoProcess.StartInfo("ledger", "append", "--dir", dir, "--kind", "SignatureAdded",
            "--subject", "contract-k9", "--document-sha256", new string('c', 64), "--count", "10000000", "--concurrency", "32"))!;
        var lines = new List<string>();
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (lines.Count < 3000)
            {
                var line = await child.StandardOutput.ReadLineAsync(deadline.Token);
                if (line is null)
                {
                    Assert.Fail("child stopped early: " + await child.StandardError.ReadToEndAsync());
                }

                lines.Add(line);
            }
        }
        finally
        {
            child.Kill(); // SIGKILL on Linux: no flush, no dispose, mid-batch. On every path, so no child outlives the test.
            await child.WaitForExitAsync();
        }

        Assert.NotEqual(0, child.ExitCode);
        // Receipts printed before the kill may still sit in the pipe; all complete lines count.
        var rest = await child.StandardOutput.ReadToEndAsync();
        lines.AddRange(rest.Split('\n').Where(l => l.EndsWith('}')));

        var folder = new LedgerDirectory(dir);
        await using var reopened = folder.Open(TimeProvider.System);
        var latest = await reopened.GetLatestCheckpointAsync();
        var logKey = NoteVerifierKey.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "log.pub")));
        var witnessKey = NoteVerifierKey.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "witness.pub")));
        // The newest checkpoint is brought to the witness threshold on open (a crash may have left it without a cosignature).
        CheckpointVerifier.Verify(latest.Note, logKey, [witnessKey], 1);
        var verifier = new BundleVerifier(logKey, [witnessKey], 1);
        var checkedSizes = new HashSet<long>();
        foreach (var line in lines)
        {
            var receipt = JsonNode.Parse(line)!.AsObject();
            var result = await verifier.VerifyAsync(ReceiptJson.ToBundle(receipt));
            Assert.True(result.IsValid, result.Reason);

            // The reopened log holds exactly that leaf, and its tree extends the receipt's checkpoint.
            var index = receipt["index"]!.GetValue<long>();
            Assert.True(index < latest.Checkpoint.Size, $"receipt {index} lost (log size {latest.Checkpoint.Size})");
            var entry = await reopened.GetAsync(index);
            Assert.Equal(receipt["leafHash"]!.GetValue<string>(), Convert.ToHexStringLower(entry!.LeafHash));
            var cp = result.Checkpoint!.Checkpoint;
            if (checkedSizes.Add(cp.Size))
            {
                var proof = await reopened.GetConsistencyProofAsync(cp.Size, latest.Checkpoint.Size);
                Assert.True(MerkleProofs.VerifyConsistency(cp.Size, latest.Checkpoint.Size, cp.RootHash, latest.Checkpoint.RootHash, proof));
            }
        }

        // The reopened log accepts appends, and its witness still cosigns (no fork after the crash).
        var next = await reopened.AppendAsync(TestKeys.Record("contract-k9", 1));
        Assert.Equal(latest.Checkpoint.Size, next.Index);
        CheckpointVerifier.Verify(next.Checkpoint.Note, logKey, [witnessKey], 1);
    }
}
