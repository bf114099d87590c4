using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Registration;

/// <summary>
/// A.25–A.28, A.34–A.37: stores each cadastre event (status change or notice) once, on the application's timeline,
/// appends it to the ledger (a PII-free RegistrationResult record: the event's hash, no IIN) with its receipt, updates
/// the application's status and reason, and lets the application advance (e.g. confirm the fee after a suspension).
/// </summary>
public sealed class RegistrationEvents(
    PlatformDbContext db, LedgerRecorder ledger, TimeProvider time, RegistrationWorkflow workflow, RegistrationGate gate,
    IEnumerable<IRegistrationRegisteredHandler> registered, ILogger<RegistrationEvents> log)
{
    /// <summary>Applies one event (idempotent on the cadastre id and sequence).</summary>
    public async Task ApplyAsync(ApplicationEvent e, CancellationToken ct)
    {
        // Under the workflow's gate: a resubmission cannot interleave between reading and writing the status.
        var (advance, justRegistered) = await gate.RunAsync(() => ApplyLockedAsync(e, ct), ct);

        if (justRegistered is { } app)
        {
            foreach (var handler in registered)
            {
                try
                {
                    await handler.OnRegisteredAsync(app, ct);
                }
                catch (Exception x) when (x is not OperationCanceledException)
                {
                    log.LogWarning(x, "Registration {Id} is registered but {Handler} failed", app.Id, handler.GetType().Name);
                }
            }
        }

        if (advance is { } id) await workflow.AdvanceAsync(id, ct);
    }

    private async Task<(Guid? Advance, RegistrationApplication? JustRegistered)> ApplyLockedAsync(ApplicationEvent e, CancellationToken ct)
    {
        var tracked = RegistrationTracking.Ids(db);
        var app = await db.Set<RegistrationApplication>().Include(a => a.BasisSignatures).SingleOrDefaultAsync(a => a.CadastreId == e.ApplicationId, ct)
            ?? await FindByEarlierAttemptAsync(e.ApplicationId, ct);
        if (app is null) return (null, null); // not one of ours
        if (tracked.Contains(app.Id)) await db.Entry(app).ReloadAsync(ct); // issue 17: a fresh query's instance needs no reload

        var sequence = (long)e.Sequence;
        if (await db.Set<RegistrationEvent>().AnyAsync(x => x.CadastreId == e.ApplicationId && x.Sequence == sequence, ct)) return (null, null);

        var isNotice = e.Notice is not null;
        var code = isNotice ? "NOTICE" : Name(e.Status);
        var at = e.At?.ToDateTimeOffset() ?? time.GetUtcNow();
        // The message's bytes are kept as hashed, so the verifier can check the ledger's hash against them (its sheet).
        var message = e.ToByteArray();
        var record = new SigningRecord(RecordKind.RegistrationResult, LedgerSubject.Registration(app.Id).Id, Sha256Digest.Of(message),
            null, null, null, isNotice ? "cadastre-notice" : "cadastre", at);
        var receipt = await ledger.AppendAsync(record, ct);
        var reason = isNotice ? e.Notice!.Reason ?? e.Reason : e.Reason;
        db.Add(new RegistrationEvent
        {
            Id = Guid.NewGuid(), RegistrationId = app.Id, Kind = isNotice ? RegistrationEventKind.Notice : RegistrationEventKind.Status,
            CadastreId = e.ApplicationId, Sequence = sequence, At = at, Code = isNotice ? Name(e.Notice!.Outcome) : code,
            ReasonCode = NullIfEmpty(reason?.Code), LegalBasis = NullIfEmpty(reason?.LegalBasis), TextKk = NullIfEmpty(reason?.TextKk), TextRu = NullIfEmpty(reason?.TextRu),
            NoticeInbox = isNotice ? e.Notice!.Inbox.ToString() : null, ReceiptId = receipt.Id, Message = message,
        });

        var wasRegistered = app.Status == RegistrationStatus.Registered;
        // Only the current attempt's newer status events move the application.
        if (!isNotice && e.ApplicationId == app.CadastreId && sequence > app.LastSequence && e.Status != ApplicationStatus.Unspecified)
        {
            app.LastSequence = sequence;
            app.Status = e.Status switch
            {
                ApplicationStatus.Received => RegistrationStatus.Received,
                ApplicationStatus.UnderReview => RegistrationStatus.UnderReview,
                ApplicationStatus.Registered => RegistrationStatus.Registered,
                ApplicationStatus.Suspended => RegistrationStatus.Suspended,
                _ => RegistrationStatus.Refused,
            };
            app.ReasonCode = NullIfEmpty(e.Reason?.Code);
            app.LegalBasis = NullIfEmpty(e.Reason?.LegalBasis);
            app.ReasonKk = NullIfEmpty(e.Reason?.TextKk);
            app.ReasonRu = NullIfEmpty(e.Reason?.TextRu);
            if (e.Entry is { } entry && entry.EntryNumber.Length > 0) app.EntryNumber = entry.EntryNumber;
            if (app.IsFinal || app.Status == RegistrationStatus.Suspended) app.DecidedAt = at;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.Set<RegistrationEvent>().AsNoTracking().AnyAsync(x => x.CadastreId == e.ApplicationId && x.Sequence == sequence, ct)) return (null, null); // stored concurrently
            throw;
        }

        return isNotice ? (null, null) : (app.Id, !wasRegistered && app.Status == RegistrationStatus.Registered ? app : null);
    }

    private async Task<RegistrationApplication?> FindByEarlierAttemptAsync(string cadastreId, CancellationToken ct)
    {
        // Events of an earlier attempt (before a resubmission) stay on the same application's timeline.
        var id = RegistrationWorkflow.ParseCadastreId(cadastreId);
        return id is null ? null : await db.Set<RegistrationApplication>().Include(a => a.BasisSignatures).SingleOrDefaultAsync(a => a.Id == id, ct);
    }

    /// <summary>The proto status as the cabinet shows it (RECEIVED, UNDER_REVIEW, …).</summary>
    public static string Name(ApplicationStatus s) => s switch
    {
        ApplicationStatus.Received => "RECEIVED",
        ApplicationStatus.UnderReview => "UNDER_REVIEW",
        ApplicationStatus.Registered => "REGISTERED",
        ApplicationStatus.Suspended => "SUSPENDED",
        ApplicationStatus.Refused => "REFUSED",
        _ => "UNSPECIFIED",
    };

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
