using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Ledger;

/// <summary>
/// The one way a stored fact reaches its ledger receipt (A.18): every row that went to the ledger keeps the id of its
/// <c>ledger_receipts</c> row (<see cref="StoredReceipt.Id"/>, a <c>ReceiptId</c> column), and readers — views, pages,
/// sheets, the cadastre mapping — resolve it here. No row keeps a bare leaf index or a copy of the receipt JSON.
/// </summary>
public static class ReceiptLinks
{
    private static readonly IReadOnlyDictionary<Guid, StoredReceipt> None = new Dictionary<Guid, StoredReceipt>();

    /// <summary>The receipt <paramref name="id"/> links to, or null (no link, or no such receipt).</summary>
    public static async Task<StoredReceipt?> ReceiptAsync(this PlatformDbContext db, Guid? id, CancellationToken ct) =>
        id is { } v ? await db.LedgerReceipts.AsNoTracking().SingleOrDefaultAsync(r => r.Id == v, ct) : null;

    /// <summary>The receipts <paramref name="ids"/> link to, by id (missing links are absent).</summary>
    public static async Task<IReadOnlyDictionary<Guid, StoredReceipt>> ReceiptsAsync(this PlatformDbContext db, IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return wanted.Count == 0 ? None : await db.LedgerReceipts.AsNoTracking().Where(r => wanted.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
    }

    /// <inheritdoc cref="ReceiptsAsync(PlatformDbContext, IEnumerable{Guid?}, CancellationToken)"/>
    public static Task<IReadOnlyDictionary<Guid, StoredReceipt>> ReceiptsAsync(this PlatformDbContext db, IEnumerable<Guid> ids, CancellationToken ct) =>
        db.ReceiptsAsync(ids.Select(i => (Guid?)i), ct);

    /// <summary>The receipts at <paramref name="leaves"/> (the verifier finds a document by its ledger leaf), by id: match a row's <c>ReceiptId</c> to them.</summary>
    public static async Task<IReadOnlyDictionary<Guid, StoredReceipt>> ReceiptsAtAsync(this PlatformDbContext db, IReadOnlyCollection<long> leaves,
        CancellationToken ct) =>
        leaves.Count == 0 ? None : await db.LedgerReceipts.AsNoTracking().Where(r => leaves.Contains(r.LeafIndex)).ToDictionaryAsync(r => r.Id, ct);

    /// <summary>The ids of <paramref name="receipts"/> as a row's nullable <c>ReceiptId</c> column holds them, for a <c>Contains</c> query.</summary>
    public static List<Guid?> LinkIds(this IReadOnlyDictionary<Guid, StoredReceipt> receipts) => receipts.Keys.Select(k => (Guid?)k).ToList();

    /// <summary>The receipt <paramref name="id"/> links to among <paramref name="receipts"/>, or null.</summary>
    public static StoredReceipt? Of(this IReadOnlyDictionary<Guid, StoredReceipt>? receipts, Guid? id) =>
        id is { } v && receipts is not null && receipts.TryGetValue(v, out var r) ? r : null;
}
