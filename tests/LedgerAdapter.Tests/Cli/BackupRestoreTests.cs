using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.Data.Sqlite;
using RentToOwn.Cli.Backup;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Verification;
using RentToOwn.LedgerAdapter.Witnesses;

namespace RentToOwn.LedgerAdapter.Tests.Cli;

/// <summary>Issue 17 §3: <c>rto backup</c> under load and <c>rto restore</c>; the restored log is a prefix of the live one.</summary>
public class BackupRestoreTests
{
    private const string Origin = "test.rto.kz/backup-log";

    /// <param name="ledger">Where the log is: a platform data folder's <c>ledger/</c>, or the folder itself (<c>rto ledger serve --dir</c>).</param>
    [Theory]
    [InlineData("ledger")]
    [InlineData("")]
    public async Task A_backup_taken_under_load_restores_to_a_prefix_of_the_live_log_that_the_witness_checkpoints_still_verify(string ledger)
    {
        var data = TestKeys.TempDir();
        var ledgerDir = Path.Combine(data, ledger);
        await new LedgerDirectory(ledgerDir).InitAsync(Origin, "test.rto.kz/backup-witness");
        var platformDb = new SqliteConnectionStringBuilder { DataSource = Path.Combine(data, "platform.db"), Pooling = false }.ToString();
        Execute(platformDb, "PRAGMA journal_mode=WAL; CREATE TABLE receipts(leaf INTEGER PRIMARY KEY, hash BLOB NOT NULL)");
        var backupFile = Path.Combine(TestKeys.TempDir(), "backup.zip");
        var acknowledged = new ConcurrentDictionary<long, byte[]>();

        await using var live = new LedgerDirectory(ledgerDir).Open(TimeProvider.System);
        using var stop = new CancellationTokenSource();
        var next = 0;
        // Load: 8 writers append and store each receipt in the platform database, as the platform does.
        var writers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var db = new SqliteConnection(platformDb);
            await db.OpenAsync();
            while (!stop.IsCancellationRequested)
            {
                var k = Interlocked.Increment(ref next);
                var receipt = await live.AppendAsync(TestKeys.Record($"contract-backup-{k % 5}", k));
                acknowledged[receipt.Index] = receipt.LeafHash;
                await using var insert = db.CreateCommand();
                insert.CommandText = "INSERT INTO receipts VALUES ($l, $h)";
                insert.Parameters.AddWithValue("$l", receipt.Index);
                insert.Parameters.AddWithValue("$h", receipt.LeafHash);
                await insert.ExecuteNonQueryAsync();
            }
        })).ToList();

        await UntilAsync(() => acknowledged.Count >= 300);
        var beforeBackup = acknowledged.Keys.ToHashSet();
        await DataBackup.CreateAsync(data, backupFile, TimeProvider.System);
        var sizeAfterBackup = acknowledged.Count;
        await UntilAsync(() => acknowledged.Count >= sizeAfterBackup + 200); // the live log moves on
        stop.Cancel();
        await Task.WhenAll(writers);

        var restoredData = Path.Combine(TestKeys.TempDir(), "restored");
        Assert.True(await DataBackup.RestoreAsync(backupFile, restoredData) >= 8);

        // The restored log opens (its checks: every leaf, a checkpoint at the witness threshold, no tail shorter than the witness saw).
        await using var restored = new LedgerDirectory(Path.Combine(restoredData, ledger)).Open(TimeProvider.System);
        var logKey = NoteVerifierKey.Parse(await File.ReadAllTextAsync(Path.Combine(ledgerDir, "log.pub")));
        var witnessKey = NoteVerifierKey.Parse(await File.ReadAllTextAsync(Path.Combine(ledgerDir, "witness.pub")));
        var restoredHead = await restored.GetLatestCheckpointAsync();
        CheckpointVerifier.Verify(restoredHead.Note, logKey, [witnessKey], 1);
        var liveHead = await live.GetLatestCheckpointAsync();
        var n = restoredHead.Checkpoint.Size;
        Assert.InRange(n, beforeBackup.Count, liveHead.Checkpoint.Size - 1);

        // Prefix: the live log proves its tree extends the restored one.
        var consistency = await live.GetConsistencyProofAsync(n, liveHead.Checkpoint.Size);
        Assert.True(MerkleProofs.VerifyConsistency(n, liveHead.Checkpoint.Size, restoredHead.Checkpoint.RootHash, liveHead.Checkpoint.RootHash, consistency));
        // The witness's last cosigned checkpoint (the live head, cosigned) verifies, and so does the restored witness state's tree.
        CheckpointVerifier.Verify(liveHead.Note, logKey, [witnessKey], 1);
        var witnessed = new FileWitnessStateStore(Path.Combine(restoredData, ledger, "witness.state")).Load(Origin)!;
        Assert.InRange(witnessed.Size, 1, n);
        var witnessProof = await restored.GetConsistencyProofAsync(witnessed.Size, n);
        Assert.True(MerkleProofs.VerifyConsistency(witnessed.Size, n, witnessed.RootHash, restoredHead.Checkpoint.RootHash, witnessProof));

        // Every receipt acknowledged before the backup began is in the restored log with its leaf hash.
        foreach (var index in beforeBackup)
        {
            Assert.Equal(acknowledged[index], (await restored.GetAsync(index))!.LeafHash);
        }

        // The platform database was copied consistently: intact, and every receipt it holds names a leaf of the restored log.
        var restoredDb = new SqliteConnectionStringBuilder { DataSource = Path.Combine(restoredData, "platform.db"), Pooling = false }.ToString();
        Assert.Equal("ok", Scalar(restoredDb, "PRAGMA integrity_check"));
        Assert.True((long)Scalar(restoredDb, "SELECT COUNT(*) FROM receipts")! >= beforeBackup.Count - 8);
        Assert.True((long)Scalar(restoredDb, "SELECT COALESCE(MAX(leaf), -1) FROM receipts")! < n);

        // The restored log accepts appends with its witness.
        var after = await restored.AppendAsync(TestKeys.Record("contract-after-restore"));
        Assert.Equal(n, after.Index);
    }

    [Fact]
    public async Task Restore_refuses_a_non_empty_folder_a_foreign_file_and_an_entry_leaving_the_folder()
    {
        var dir = TestKeys.TempDir();
        File.WriteAllText(Path.Combine(dir, "x"), "x");
        var data = TestKeys.TempDir();
        File.WriteAllText(Path.Combine(data, "note.txt"), "hello");
        var backup = Path.Combine(TestKeys.TempDir(), "b.zip");
        await DataBackup.CreateAsync(data, backup, TimeProvider.System);

        await Assert.ThrowsAsync<IOException>(() => DataBackup.CreateAsync(data, backup, TimeProvider.System)); // never overwritten
        var nonEmpty = await Assert.ThrowsAsync<IOException>(() => DataBackup.RestoreAsync(backup, dir));
        Assert.Contains("is not empty", nonEmpty.Message);

        var foreign = Path.Combine(TestKeys.TempDir(), "foreign.zip");
        using (var zip = ZipFile.Open(foreign, ZipArchiveMode.Create)) zip.CreateEntry("data/a.txt");
        Assert.Contains("manifest.json is missing", (await Assert.ThrowsAsync<InvalidDataException>(() => DataBackup.RestoreAsync(foreign, Path.Combine(dir, "r1")))).Message);

        var slip = Path.Combine(TestKeys.TempDir(), "slip.zip");
        File.Copy(backup, slip);
        using (var zip = ZipFile.Open(slip, ZipArchiveMode.Update)) zip.CreateEntry("data/../../escaped.txt");
        var target = Path.Combine(TestKeys.TempDir(), "r2");
        Assert.Contains("would leave", (await Assert.ThrowsAsync<InvalidDataException>(() => DataBackup.RestoreAsync(slip, target))).Message);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(target)!)!, "escaped.txt")));

        var (code, _, error) = await RtoProcess.RunAsync("restore", "--in", backup, "--data", dir);
        Assert.Equal(2, code);
        Assert.Contains("is not empty", error);
    }

    /// <summary>Waits for the load to reach a point (bounded: fails after a minute).</summary>
    private static async Task UntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            await Task.Delay(10, deadline.Token);
        }
    }

    private static void Execute(string connection, string sql)
    {
        using var c = new SqliteConnection(connection);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(string connection, string sql)
    {
        using var c = new SqliteConnection(connection);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
