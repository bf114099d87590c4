using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace RentToOwn.Cli.Backup;

/// <summary>
/// A consistent online copy of a platform data folder (issue 17 §3): every SQLite database through SQLite's online backup
/// API (a snapshot while the platform keeps writing), the log's files, keys and the PKI, in one zip with a manifest.
/// Order matters: the platform's databases first (their receipts name leaves the later log copy holds), then the witness
/// state, then the log (a witness cosigns only committed trees, so the copied log holds at least what the copied witness
/// cosigned, and the restored log opens without a truncated-tail refusal). With PostgreSQL (<c>--postgres</c>) the
/// platform's database is dumped first of all (<see cref="PostgresDump"/>), by the same rule. The log may be the data
/// folder's <c>ledger/</c> or the folder itself (<c>rto ledger serve --dir</c>'s folder, backed up with the PostgreSQL
/// database of the instances that use it): every <c>witness.state</c> goes before every <c>ledger.db</c>.
/// </summary>
public static class DataBackup
{
    /// <summary>Backup format.</summary>
    public const int Format = 1;

    private const string LedgerDatabase = "ledger.db";
    private const string WitnessState = "witness.state";

    /// <summary>Writes the backup of <paramref name="dataDirectory"/> to <paramref name="outFile"/> (refuses to overwrite).</summary>
    /// <returns>The manifest.</returns>
    /// <exception cref="DirectoryNotFoundException">No such folder.</exception>
    /// <exception cref="IOException">The output exists.</exception>
    public static async Task<JsonObject> CreateAsync(string dataDirectory, string outFile, TimeProvider time, CancellationToken ct = default, string? postgres = null)
    {
        var root = Path.GetFullPath(dataDirectory);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"no data folder at {root}");
        if (postgres is not null) PostgresDump.Validate(postgres);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.EndsWith("-wal", StringComparison.Ordinal) && !f.EndsWith("-shm", StringComparison.Ordinal)
                && !f.EndsWith("-journal", StringComparison.Ordinal) && !f.EndsWith(".tmp", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var databases = files.Where(IsDatabase).ToList();
        var ordered = databases.Where(f => !Is(f, LedgerDatabase))
            .Concat(files.Where(f => Is(f, WitnessState)))
            .Concat(databases.Where(f => Is(f, LedgerDatabase)))
            .Concat(files.Where(f => !IsDatabase(f) && !Is(f, WitnessState)))
            .ToList();

        var stream = new FileStream(outFile, FileMode.CreateNew, FileAccess.Write); // an existing file is never overwritten
        var temp = Directory.CreateTempSubdirectory("rto-backup-").FullName;
        try
        {
            await using var owned = stream;
            using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
            var entries = new JsonArray();
            if (postgres is not null)
            {
                // The platform's database first: its receipts name leaves that the later copy of the log holds.
                var dump = Path.Combine(temp, "platform.dump");
                await PostgresDump.DumpAsync(postgres, dump, ct);
                zip.CreateEntryFromFile(dump, PostgresDump.Entry, CompressionLevel.Fastest);
            }

            foreach (var file in ordered)
            {
                ct.ThrowIfCancellationRequested();
                var source = Path.Combine(root, file);
                if (IsDatabase(file))
                {
                    var copy = Path.Combine(temp, Guid.NewGuid().ToString("N") + ".db");
                    Snapshot(source, copy);
                    source = copy;
                }
                else if (!File.Exists(source))
                {
                    continue; // removed meanwhile (e.g. a replaced temp file)
                }

                zip.CreateEntryFromFile(source, "data/" + file, CompressionLevel.Fastest);
                entries.Add(file);
            }

            var manifest = new JsonObject
            {
                ["format"] = Format,
                ["createdAt"] = time.GetUtcNow().ToString("O"),
                ["files"] = entries,
                ["postgres"] = postgres is not null,
            };
            var entry = zip.CreateEntry("manifest.json");
            await using (var writer = new StreamWriter(entry.Open()))
            {
                await writer.WriteAsync(manifest.ToJsonString());
            }

            return manifest;
        }
        catch
        {
            await stream.DisposeAsync();
            File.Delete(outFile); // ours: created above
            throw;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>Restores a backup into <paramref name="dataDirectory"/>, which must be missing or empty.</summary>
    /// <exception cref="IOException">The folder is not empty.</exception>
    /// <exception cref="InvalidDataException">Not a backup of this format, or an entry that would leave the folder.</exception>
    public static async Task<int> RestoreAsync(string backupFile, string dataDirectory, CancellationToken ct = default, string? postgres = null)
    {
        var root = Path.GetFullPath(dataDirectory);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new IOException($"{root} is not empty: restore into a new folder");
        }

        using var zip = ZipFile.OpenRead(backupFile);
        var manifestEntry = zip.GetEntry("manifest.json") ?? throw new InvalidDataException("not a backup: manifest.json is missing");
        JsonNode? manifest;
        await using (var s = manifestEntry.Open())
        {
            manifest = await JsonNode.ParseAsync(s, cancellationToken: ct);
        }

        if (manifest?["format"]?.GetValue<int>() != Format) throw new InvalidDataException($"not a backup of format {Format}");
        var dump = zip.GetEntry(PostgresDump.Entry);
        if (dump is not null && postgres is null)
        {
            throw new InvalidDataException("this backup holds the platform's PostgreSQL database: give --postgres (or --postgres-env, --postgres-config) with the connection string of an empty database");
        }

        if (dump is null && postgres is not null) throw new InvalidDataException("--postgres: this backup holds no PostgreSQL database");
        if (postgres is not null) PostgresDump.Validate(postgres);
        Directory.CreateDirectory(root);
        var count = 0;
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("data/", StringComparison.Ordinal)))
        {
            ct.ThrowIfCancellationRequested();
            var target = Path.GetFullPath(Path.Combine(root, entry.FullName["data/".Length..]));
            if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"entry {entry.FullName} would leave {root}");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target);
            if (!OperatingSystem.IsWindows() && (entry.Name.EndsWith(".key", StringComparison.Ordinal) || entry.Name == "deployment.secret"))
            {
                File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            count++;
        }

        if (dump is not null)
        {
            var temp = Directory.CreateTempSubdirectory("rto-restore-").FullName;
            try
            {
                var file = Path.Combine(temp, "platform.dump");
                dump.ExtractToFile(file);
                await PostgresDump.RestoreAsync(postgres!, file, ct);
                count++;
            }
            finally
            {
                Directory.Delete(temp, recursive: true);
            }
        }

        return count;
    }

    private static bool IsDatabase(string file) => file.EndsWith(".db", StringComparison.Ordinal);

    /// <summary>The log's file <paramref name="name"/>, in <c>ledger/</c> or at the top (a log service's folder).</summary>
    private static bool Is(string file, string name) => file == name || file.EndsWith("/" + name, StringComparison.Ordinal);

    /// <summary>SQLite's online backup API: a consistent snapshot while writers go on.</summary>
    private static void Snapshot(string source, string target)
    {
        using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
        from.Open();
        to.Open();
        from.BackupDatabase(to);
    }
}
