using System.Globalization;
using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Data.Sqlite;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator.Seed;

namespace RentToOwn.Kadastr.Simulator.State;

/// <summary>
/// The simulator's SQLite state: the seeded registries plus applications, their events, the
/// registration sheets and the notice inboxes. Not thread-safe: the registrar serialises access.
/// </summary>
public sealed class SimulatorStore : IRegistryState, IDisposable
{
    private readonly SqliteConnection db;

    private SimulatorStore(SqliteConnection db) => this.db = db;

    /// <summary>
    /// Opens (creating and seeding on first use) the store. <paramref name="databasePath"/> null
    /// gives a private in-memory database.
    /// </summary>
    public static SimulatorStore Open(string? databasePath, SeedData seed)
    {
        var cs = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath ?? ":memory:",
            Mode = databasePath is null ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
        var db = new SqliteConnection(cs);
        db.Open();
        var store = new SimulatorStore(db);
        store.Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        store.Exec(Schema);
        if (store.Scalar("SELECT value FROM meta WHERE key='seeded'") is null)
        {
            store.Seed(seed);
        }

        return store;
    }

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE IF NOT EXISTS persons(iin TEXT PRIMARY KEY, name TEXT NOT NULL, alive INTEGER NOT NULL, capacity INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS entities(bin TEXT PRIMARY KEY, name TEXT NOT NULL, head_iin TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS marriages(a TEXT NOT NULL, b TEXT NOT NULL, dissolved INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS births(parent TEXT NOT NULL, child TEXT NOT NULL, born TEXT NOT NULL, PRIMARY KEY(parent, child));
        CREATE TABLE IF NOT EXISTS sanctions(id TEXT PRIMARY KEY);
        CREATE TABLE IF NOT EXISTS properties(cadastral TEXT PRIMARY KEY, address TEXT NOT NULL, characteristics TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS entries(entry_number TEXT PRIMARY KEY, cadastral TEXT NOT NULL, seq INTEGER NOT NULL, kind INTEGER NOT NULL,
            application_id TEXT, holders TEXT NOT NULL, registered_at TEXT, terminates TEXT, active INTEGER NOT NULL, blocking INTEGER NOT NULL, basis TEXT);
        CREATE INDEX IF NOT EXISTS entries_by_property ON entries(cadastral, seq);
        CREATE UNIQUE INDEX IF NOT EXISTS one_entry_per_application ON entries(application_id) WHERE application_id IS NOT NULL;
        CREATE TABLE IF NOT EXISTS applications(id TEXT PRIMARY KEY, submitted BLOB NOT NULL, state BLOB NOT NULL, status INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS events(application_id TEXT NOT NULL, seq INTEGER NOT NULL, payload BLOB NOT NULL, PRIMARY KEY(application_id, seq));
        CREATE TABLE IF NOT EXISTS notices(id TEXT PRIMARY KEY, inbox INTEGER NOT NULL, recipient TEXT NOT NULL, application_id TEXT NOT NULL, n INTEGER NOT NULL, payload BLOB NOT NULL);
        CREATE INDEX IF NOT EXISTS notices_by_inbox ON notices(inbox, recipient, n);
        """;

    private SqliteTransaction? tx;

    /// <summary>Begins a transaction; commit it, or dispose it to roll back.</summary>
    public StoreTransaction Begin()
    {
        tx = db.BeginTransaction();
        return new StoreTransaction(tx, () => tx = null);
    }

    /// <inheritdoc />
    public PersonRecord? FindPerson(string iin)
    {
        using var r = Query("SELECT iin, name, alive, capacity FROM persons WHERE iin=$1", iin);
        return r.Read() ? new PersonRecord(r.GetString(0), r.GetString(1), r.GetInt64(2) != 0, r.GetInt64(3) != 0) : null;
    }

    /// <inheritdoc />
    public LegalEntityRecord? FindLegalEntity(string bin)
    {
        using var r = Query("SELECT bin, name, head_iin FROM entities WHERE bin=$1", bin);
        return r.Read() ? new LegalEntityRecord(r.GetString(0), r.GetString(1), r.GetString(2)) : null;
    }

    /// <inheritdoc />
    public string? CurrentSpouseOf(string iin)
    {
        using var r = Query("SELECT CASE WHEN a=$1 THEN b ELSE a END FROM marriages WHERE (a=$1 OR b=$1) AND dissolved=0", iin);
        return r.Read() ? r.GetString(0) : null;
    }

    /// <inheritdoc />
    public bool HasDissolvedMarriage(string iin) => Scalar("SELECT 1 FROM marriages WHERE (a=$1 OR b=$1) AND dissolved=1", iin) is not null;

    /// <inheritdoc />
    public IReadOnlyList<ChildRecord> ChildrenOf(string iin)
    {
        var list = new List<ChildRecord>();
        using var r = Query("SELECT child, born FROM births WHERE parent=$1 ORDER BY born, child", iin);
        while (r.Read()) list.Add(new ChildRecord(r.GetString(0), DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return list;
    }

    /// <inheritdoc />
    public bool IsOnSanctionsList(string iinOrBin) => Scalar("SELECT 1 FROM sanctions WHERE id=$1", iinOrBin) is not null;

    /// <inheritdoc />
    public PropertyRecord? FindProperty(string cadastralNumber)
    {
        using var r = Query("SELECT cadastral, address, characteristics FROM properties WHERE cadastral=$1", cadastralNumber);
        return r.Read() ? new PropertyRecord(r.GetString(0), r.GetString(1), r.GetString(2)) : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<SheetEntry> EntriesOf(string cadastralNumber)
    {
        var list = new List<SheetEntry>();
        using var r = Query(
            "SELECT entry_number, kind, application_id, holders, registered_at, terminates, active, blocking, basis FROM entries WHERE cadastral=$1 ORDER BY seq",
            cadastralNumber);
        while (r.Read())
        {
            var e = new RegistrationEntry
            {
                EntryNumber = r.GetString(0),
                Kind = (RegistrationEntryKind)r.GetInt64(1),
                CadastralNumber = cadastralNumber,
                ApplicationId = r.IsDBNull(2) ? string.Empty : r.GetString(2),
                TerminatesEntryNumber = r.IsDBNull(5) ? string.Empty : r.GetString(5),
                Active = r.GetInt64(6) != 0,
            };
            e.Holders.AddRange(r.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries));
            if (!r.IsDBNull(4))
            {
                e.RegisteredAt = Timestamp.FromDateTimeOffset(DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture));
            }

            list.Add(new SheetEntry(e, r.GetInt64(7) != 0, r.IsDBNull(8) ? null : r.GetString(8)));
        }

        return list;
    }

    /// <inheritdoc />
    public Application? FindApplication(string id)
    {
        using var r = Query("SELECT state FROM applications WHERE id=$1", id);
        return r.Read() ? Application.Parser.ParseFrom((byte[])r[0]) : null;
    }

    /// <summary>The bytes of the application as first submitted (for the idempotency check).</summary>
    public byte[]? SubmittedBytes(string id) => Scalar("SELECT submitted FROM applications WHERE id=$1", id) as byte[];

    /// <summary>Stores a new application.</summary>
    public void InsertApplication(Application state, byte[] submitted) =>
        Exec("INSERT INTO applications(id, submitted, state, status) VALUES($1,$2,$3,$4)", state.Id, submitted, state.ToByteArray(), (int)state.Status);

    /// <summary>Saves an application's new state.</summary>
    public void UpdateApplication(Application state) =>
        Exec("UPDATE applications SET state=$2, status=$3 WHERE id=$1", state.Id, state.ToByteArray(), (int)state.Status);

    /// <summary>Ids of applications in a status.</summary>
    public IReadOnlyList<string> ApplicationsIn(ApplicationStatus status)
    {
        var ids = new List<string>();
        using var r = Query("SELECT id FROM applications WHERE status=$1", (int)status);
        while (r.Read())
        {
            ids.Add(r.GetString(0));
        }

        return ids;
    }

    /// <summary>Appends an event.</summary>
    public void AppendEvent(ApplicationEvent e) =>
        Exec("INSERT INTO events(application_id, seq, payload) VALUES($1,$2,$3)", e.ApplicationId, (long)e.Sequence, e.ToByteArray());

    /// <summary>Events of an application after a sequence number, in order.</summary>
    public IReadOnlyList<ApplicationEvent> EventsAfter(string applicationId, ulong afterSequence)
    {
        var list = new List<ApplicationEvent>();
        using var r = Query("SELECT payload FROM events WHERE application_id=$1 AND seq>$2 ORDER BY seq", applicationId, (long)afterSequence);
        while (r.Read())
        {
            list.Add(ApplicationEvent.Parser.ParseFrom((byte[])r[0]));
        }

        return list;
    }

    /// <summary>Adds an entry to a property's registration sheet; the number is assigned here.</summary>
    public RegistrationEntry AddEntry(RegistrationEntry entry, bool blocking = false, string? basis = null)
    {
        var seq = Convert.ToInt64(Scalar("SELECT COALESCE(MAX(seq),0)+1 FROM entries WHERE cadastral=$1", entry.CadastralNumber), CultureInfo.InvariantCulture);
        entry.EntryNumber = $"{entry.CadastralNumber}/{seq}";
        Exec(
            "INSERT INTO entries(entry_number, cadastral, seq, kind, application_id, holders, registered_at, terminates, active, blocking, basis) VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)",
            entry.EntryNumber, entry.CadastralNumber, seq, (int)entry.Kind, NullIfEmpty(entry.ApplicationId), string.Join(',', entry.Holders),
            entry.RegisteredAt?.ToDateTimeOffset().ToString("O", CultureInfo.InvariantCulture), NullIfEmpty(entry.TerminatesEntryNumber),
            entry.Active ? 1 : 0, blocking ? 1 : 0, basis);
        return entry;
    }

    /// <summary>Closes an entry (it stays on the sheet, inactive).</summary>
    public void CloseEntry(string entryNumber) => Exec("UPDATE entries SET active=0 WHERE entry_number=$1", entryNumber);

    /// <summary>How many sheet entries each application produced (for duplicate detection).</summary>
    public IReadOnlyDictionary<string, int> EntriesPerApplication()
    {
        var d = new Dictionary<string, int>();
        using var r = Query("SELECT application_id, COUNT(*) FROM entries WHERE application_id IS NOT NULL GROUP BY application_id");
        while (r.Read())
        {
            d[r.GetString(0)] = r.GetInt32(1);
        }

        return d;
    }

    /// <summary>Delivers a notice to an inbox.</summary>
    public void AddNotice(Notice notice) =>
        Exec("INSERT INTO notices(id, inbox, recipient, application_id, n, payload) VALUES($1,$2,$3,$4,(SELECT COALESCE(MAX(n),0)+1 FROM notices),$5)",
            notice.Id, (int)notice.Inbox, notice.Recipient, notice.ApplicationId, notice.ToByteArray());

    /// <summary>The notices of an inbox (optionally of one recipient), oldest first.</summary>
    public IReadOnlyList<Notice> Notices(NoticeInbox inbox, string? recipient)
    {
        var list = new List<Notice>();
        using var r = string.IsNullOrEmpty(recipient)
            ? Query("SELECT payload FROM notices WHERE inbox=$1 ORDER BY n", (int)inbox)
            : Query("SELECT payload FROM notices WHERE inbox=$1 AND recipient=$2 ORDER BY n", (int)inbox, recipient);
        while (r.Read())
        {
            list.Add(Notice.Parser.ParseFrom((byte[])r[0]));
        }

        return list;
    }

    /// <inheritdoc />
    public void Dispose() => db.Dispose();

    private void Seed(SeedData seed)
    {
        using var t = Begin();
        foreach (var p in seed.Persons)
        {
            Exec("INSERT INTO persons VALUES($1,$2,$3,$4)", p.Iin, p.Name, p.Alive ? 1 : 0, p.LegalCapacity ? 1 : 0);
        }

        foreach (var e in seed.LegalEntities)
        {
            Exec("INSERT INTO entities VALUES($1,$2,$3)", e.Bin, e.Name, e.HeadIin);
        }

        foreach (var m in seed.Marriages)
        {
            Exec("INSERT INTO marriages VALUES($1,$2,$3)", m.SpouseIin, m.OtherSpouseIin, m.Dissolved ? 1 : 0);
        }

        foreach (var b in seed.Births ?? [])
        {
            Exec("INSERT OR IGNORE INTO births VALUES($1,$2,$3)", b.ParentIin, b.ChildIin, b.BornOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        foreach (var s in seed.SanctionsList.Distinct())
        {
            Exec("INSERT INTO sanctions VALUES($1)", s);
        }

        foreach (var p in seed.Properties)
        {
            AddProperty(p.CadastralNumber, p.Address, p.Characteristics, p.Rights);
        }

        foreach (var range in seed.PropertyRanges ?? [])
        {
            for (var n = 1; n <= range.Count; n++)
            {
                var num = n.ToString(CultureInfo.InvariantCulture);
                AddProperty(range.Prefix + num, range.Address.Replace("{n}", num, StringComparison.Ordinal), range.Characteristics,
                    [new SeedRight(nameof(RegistrationEntryKind.Ownership), [range.OwnerBin])]);
            }
        }

        Exec("INSERT INTO meta VALUES('seeded', $1)", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        t.Commit();
    }

    private void AddProperty(string cadastral, string address, SeedCharacteristics characteristics, IReadOnlyList<SeedRight> rights)
    {
        Exec("INSERT INTO properties VALUES($1,$2,$3)", cadastral, address, JsonSerializer.Serialize(characteristics, JsonSerializerOptions.Web));
        foreach (var right in rights)
        {
            var kind = ParseKind(right.Kind, cadastral);
            var entry = new RegistrationEntry { Kind = kind, CadastralNumber = cadastral, Active = true };
            entry.Holders.AddRange(right.Holders);
            AddEntry(entry, right.Blocking ?? kind == RegistrationEntryKind.Arrest, right.Basis);
        }
    }

    private static RegistrationEntryKind ParseKind(string kind, string cadastral)
    {
        foreach (var v in System.Enum.GetValues<RegistrationEntryKind>())
        {
            if (string.Equals(ToSnake(v.ToString()), kind, StringComparison.OrdinalIgnoreCase))
            {
                return v;
            }
        }

        throw new InvalidDataException($"Seed property {cadastral}: unknown right kind '{kind}'");
    }

    private static string ToSnake(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

    private static object? NullIfEmpty(string s) => string.IsNullOrEmpty(s) ? null : s;

    private SqliteCommand Command(string sql, object?[] args)
    {
        var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        for (var i = 0; i < args.Length; i++)
        {
            cmd.Parameters.AddWithValue("$" + (i + 1).ToString(CultureInfo.InvariantCulture), args[i] ?? DBNull.Value);
        }

        return cmd;
    }

    private void Exec(string sql, params object?[] args)
    {
        using var cmd = Command(sql, args);
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params object?[] args)
    {
        using var cmd = Command(sql, args);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    private SqliteDataReader Query(string sql, params object?[] args)
    {
        var cmd = Command(sql, args);
        return cmd.ExecuteReader(System.Data.CommandBehavior.Default);
    }
}
