using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using RentToOwn.Domain.Calendar;
using RentToOwn.Kadastr.Protocol.Transport;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator.Checks;
using RentToOwn.Kadastr.Simulator.State;

namespace RentToOwn.Kadastr.Simulator.Registration;

/// <summary>
/// The simulated registrar of ЖМБМК АЖ: receives applications (idempotent on id), runs the
/// checks, registers / suspends / refuses, keeps the registration sheets, delivers notices and
/// records every step as an event. All state access is serialised on one gate.
/// </summary>
public sealed class Registrar : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly SimulatorStore store;
    private readonly RegistrationChecks checks;
    private readonly TimeProvider clock;
    private readonly DeadlineCalculator deadlines;
    private readonly SimulatorOptions options;
    private readonly Dictionary<string, TaskCompletionSource> signals = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource shutdown = new();

    /// <summary>Creates the registrar; applications left under review (e.g. before a restart) are decided again.</summary>
    public Registrar(SimulatorStore store, ISignatureChecker signatures, TimeProvider clock, IWorkingDayCalendar calendar, SimulatorOptions options)
    {
        this.store = store;
        this.clock = clock;
        this.options = options;
        checks = new RegistrationChecks(store, signatures);
        deadlines = new DeadlineCalculator(clock, calendar);
        foreach (var id in store.ApplicationsIn(ApplicationStatus.UnderReview))
        {
            ScheduleDecision(id, inline: false);
        }
    }

    /// <summary>The store (read access for tools and tests; take no writes around the registrar).</summary>
    internal SimulatorStore Store => store;

    /// <summary>A.22: receives an application; resubmitting the same id returns the stored one.</summary>
    /// <exception cref="RpcException">INVALID_ARGUMENT for a malformed application; ALREADY_EXISTS when the id was used for different content.</exception>
    public async Task<Application> SubmitAsync(Application submitted, CancellationToken ct)
    {
        Validate(submitted);
        var clientPart = ClientPart(submitted);
        var bytes = clientPart.ToByteArray();
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (store.SubmittedBytes(submitted.Id) is { } earlier)
            {
                return earlier.AsSpan().SequenceEqual(bytes)
                    ? store.FindApplication(submitted.Id)!
                    : throw new RpcException(StatusCode.AlreadyExists, $"application {submitted.Id} was already submitted with different content");
            }

            var now = clock.GetUtcNow();
            var app = clientPart.Clone();
            app.ReceivedAt = Timestamp.FromDateTimeOffset(now);
            if (app.Payment is not null && app.Documents.Any(d => d.Kind == DocumentKind.PaymentDocument && !d.Content.IsEmpty))
            {
                // A.22: the application arrives with the payment document: the fee confirmation is received with it.
                ConfirmFee(app, now);
            }

            using (var tx = store.Begin())
            {
                SetStatus(app, ApplicationStatus.Received, Grounds.Received.ToReason(), now, insert: bytes);
                SetStatus(app, ApplicationStatus.UnderReview, Grounds.UnderReview.ToReason(), now);
                tx.Commit();
            }

            Notify(app.Id);
            ScheduleDecision(app.Id, inline: true);
            return store.FindApplication(app.Id)!;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The application, or NOT_FOUND.</summary>
    public async Task<Application> GetAsync(string id, CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return store.FindApplication(id) ?? throw NotFound(id);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A.22, A.38: the fee confirmation; a suspension for the fee resumes the review.</summary>
    public async Task<Application> ConfirmPaymentAsync(string id, PaymentInfo? payment, CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var app = store.FindApplication(id) ?? throw NotFound(id);
            if (app.PaymentConfirmedAt is not null)
            {
                return app; // idempotent
            }

            var now = clock.GetUtcNow();
            app.Payment = payment ?? app.Payment;
            ConfirmFee(app, now);
            using (var tx = store.Begin())
            {
                if (app.Status == ApplicationStatus.Suspended && app.Reason?.Code == Grounds.FeeNotConfirmed.Code)
                {
                    SetStatus(app, ApplicationStatus.UnderReview, Grounds.UnderReview.ToReason(), now);
                }
                else
                {
                    store.UpdateApplication(app);
                }

                tx.Commit();
            }

            Notify(id);
            ScheduleDecision(id, inline: true);
            return store.FindApplication(id)!;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Streams events with sequence &gt; <paramref name="afterSequence"/> and follows new ones
    /// until the application is REGISTERED or REFUSED and every event was written.
    /// </summary>
    public async Task WatchAsync(string id, ulong afterSequence, Func<ApplicationEvent, Task> write, CancellationToken ct)
    {
        var after = afterSequence;
        while (true)
        {
            IReadOnlyList<ApplicationEvent> events;
            Task changed;
            bool final;
            await gate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                var app = store.FindApplication(id) ?? throw NotFound(id);
                events = store.EventsAfter(id, after);
                final = app.Status is ApplicationStatus.Registered or ApplicationStatus.Refused;
                changed = final ? Task.CompletedTask : Signal(id);
            }
            finally
            {
                gate.Release();
            }

            foreach (var e in events)
            {
                await write(e).ConfigureAwait(false);
                after = e.Sequence;
            }

            if (final)
            {
                return;
            }

            await changed.WaitAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>A property's registration sheet, or NOT_FOUND.</summary>
    public async Task<RegistrationSheet> SheetAsync(string cadastralNumber, CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var property = store.FindProperty(cadastralNumber) ?? throw new RpcException(StatusCode.NotFound, $"property {cadastralNumber} not found");
            var sheet = new RegistrationSheet { CadastralNumber = cadastralNumber, Address = property.Address };
            sheet.Entries.AddRange(store.EntriesOf(cadastralNumber).Select(e => e.Entry));
            return sheet;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A.28, A.37: an inbox's notices.</summary>
    public async Task<IReadOnlyList<Notice>> NoticesAsync(NoticeInbox inbox, string? recipient, CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return store.Notices(inbox, recipient);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>How many registration-sheet entries each application produced.</summary>
    public async Task<IReadOnlyDictionary<string, int>> EntriesPerApplicationAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return store.EntriesPerApplication();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        shutdown.Cancel();
        shutdown.Dispose();
    }

    private void ConfirmFee(Application app, DateTimeOffset now)
    {
        // A.38: the service is due no later than one working day after the fee confirmation.
        app.PaymentConfirmedAt = Timestamp.FromDateTimeOffset(now);
        app.DecisionDueAt = Timestamp.FromDateTimeOffset(deadlines.For(LegalDeadline.RegistrationService, now).DueAt);
    }

    private void ScheduleDecision(string id, bool inline)
    {
        if (inline && options.ProcessingDelay <= TimeSpan.Zero)
        {
            Decide(id); // the caller holds the gate
            return;
        }

        var token = shutdown.Token;
        // The timer starts now (not when a pool thread gets to it), so the decision time is exact.
        var wait = options.ProcessingDelay > TimeSpan.Zero ? Task.Delay(options.ProcessingDelay, clock, token) : Task.CompletedTask;
        _ = DecideAfterAsync(wait, id, token);
    }

    private async Task DecideAfterAsync(Task wait, string id, CancellationToken token)
    {
        try
        {
            await wait.ConfigureAwait(false);
            await gate.WaitAsync(token).ConfigureAwait(false);
            try
            {
                Decide(id);
            }
            finally
            {
                gate.Release();
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the decision is taken again after a restart.
        }
        catch (ObjectDisposedException)
        {
            // Shut down while waiting.
        }
    }

    /// <summary>A.23–A.27, A.32–A.36: decide an application under review. Caller holds the gate.</summary>
    private void Decide(string id)
    {
        var app = store.FindApplication(id);
        if (app is null || app.Status != ApplicationStatus.UnderReview)
        {
            return;
        }

        var outcome = checks.Evaluate(app);
        var now = clock.GetUtcNow();
        using (var tx = store.Begin())
        {
            app.DecidedAt = Timestamp.FromDateTimeOffset(now);
            if (outcome.Status == ApplicationStatus.Registered)
            {
                app.Entry = Register(app, now);
            }

            SetStatus(app, outcome.Status, outcome.Reason, now);
            foreach (var notice in NoticesFor(app, now))
            {
                store.AddNotice(notice);
                AppendEvent(app, now, notice);
            }

            store.UpdateApplication(app);
            tx.Commit();
        }

        Notify(id);

        // A.34: a registered termination releases the ownership application waiting for it.
        if (outcome.Status == ApplicationStatus.Registered && app.Kind == ApplicationKind.LeaseEncumbranceTermination)
        {
            foreach (var waiting in store.ApplicationsIn(ApplicationStatus.Suspended))
            {
                var o = store.FindApplication(waiting)!;
                if (o.RelatedApplicationId == id && o.Reason?.Code == Grounds.AwaitingTermination.Code)
                {
                    using (var tx = store.Begin())
                    {
                        SetStatus(o, ApplicationStatus.UnderReview, Grounds.UnderReview.ToReason(), now);
                        tx.Commit();
                    }

                    Notify(o.Id);
                    Decide(o.Id);
                }
            }
        }
    }

    /// <summary>A.25, A.34: the registration-sheet entry (and the entries it closes).</summary>
    private RegistrationEntry Register(Application app, DateTimeOffset now)
    {
        var recipient = app.Parties.First(p => p.Role == PartyRole.Recipient).Iin;
        var ktk = app.Parties.First(p => p.Role == PartyRole.Ktk).Bin;
        var active = store.EntriesOf(app.CadastralNumber).Where(e => e.Entry.Active).Select(e => e.Entry).ToList();
        var entry = new RegistrationEntry
        {
            CadastralNumber = app.CadastralNumber,
            ApplicationId = app.Id,
            RegisteredAt = Timestamp.FromDateTimeOffset(now),
            Active = true,
        };
        switch (app.Kind)
        {
            case ApplicationKind.LeaseEncumbranceRegistration:
                entry.Kind = RegistrationEntryKind.LeaseEncumbrance;
                entry.Holders.Add(recipient);
                entry.Holders.Add(ktk);
                break;
            case ApplicationKind.LeaseEncumbranceTermination:
                var lease = active.First(e => e.Kind == RegistrationEntryKind.LeaseEncumbrance);
                store.CloseEntry(lease.EntryNumber);
                entry.Kind = RegistrationEntryKind.LeaseEncumbranceTerminated;
                entry.TerminatesEntryNumber = lease.EntryNumber;
                entry.Holders.Add(recipient);
                entry.Holders.Add(ktk);
                break;
            default:
                foreach (var owner in active.Where(e => e.Kind == RegistrationEntryKind.Ownership))
                {
                    store.CloseEntry(owner.EntryNumber);
                    entry.TerminatesEntryNumber = owner.EntryNumber;
                }

                entry.Kind = RegistrationEntryKind.Ownership;
                entry.Holders.Add(recipient);
                break;
        }

        return store.AddEntry(entry);
    }

    /// <summary>A.28: the recipient's eGov cabinet and the platform cabinet; A.37: also the First Credit Bureau.</summary>
    private IEnumerable<Notice> NoticesFor(Application app, DateTimeOffset now)
    {
        var recipient = app.Parties.FirstOrDefault(p => p.Role == PartyRole.Recipient)?.Iin;
        var ktk = app.Parties.FirstOrDefault(p => p.Role == PartyRole.Ktk)?.Bin;
        Notice Make(NoticeInbox inbox, string to) => new()
        {
            Id = $"{app.Id}:{app.LastSequence}:{inbox}",
            Inbox = inbox,
            Recipient = to,
            ApplicationId = app.Id,
            Outcome = app.Status,
            Reason = app.Reason,
            SentAt = Timestamp.FromDateTimeOffset(now),
        };

        if (!string.IsNullOrEmpty(recipient))
        {
            yield return Make(NoticeInbox.EgovCabinet, recipient);
        }

        if (!string.IsNullOrEmpty(ktk))
        {
            yield return Make(NoticeInbox.PlatformCabinet, ktk);
        }

        if (app.Kind is ApplicationKind.LeaseEncumbranceTermination or ApplicationKind.OwnershipRegistration)
        {
            yield return Make(NoticeInbox.FirstCreditBureau, options.FirstCreditBureauBin);
        }
    }

    private void SetStatus(Application app, ApplicationStatus status, StatusReason reason, DateTimeOffset now, byte[]? insert = null)
    {
        app.Status = status;
        app.Reason = reason;
        var e = NextEvent(app, now);
        e.Status = status;
        e.Reason = reason;
        if (status == ApplicationStatus.Registered)
        {
            e.Entry = app.Entry;
        }

        if (insert is not null)
        {
            store.InsertApplication(app, insert);
        }
        else
        {
            store.UpdateApplication(app);
        }

        store.AppendEvent(e);
    }

    private void AppendEvent(Application app, DateTimeOffset now, Notice notice)
    {
        var e = NextEvent(app, now);
        e.Status = app.Status;
        e.Notice = notice;
        store.AppendEvent(e);
    }

    private static ApplicationEvent NextEvent(Application app, DateTimeOffset now) => new()
    {
        ApplicationId = app.Id,
        Sequence = ++app.LastSequence,
        At = Timestamp.FromDateTimeOffset(now),
    };

    private Task Signal(string id)
    {
        if (!signals.TryGetValue(id, out var tcs))
        {
            tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            signals[id] = tcs;
        }

        return tcs.Task;
    }

    private void Notify(string id)
    {
        if (signals.Remove(id, out var tcs))
        {
            tcs.TrySetResult();
        }
    }

    private static Application ClientPart(Application submitted)
    {
        var a = submitted.Clone();
        a.Status = ApplicationStatus.Unspecified;
        a.Reason = null;
        a.Entry = null;
        a.ReceivedAt = null;
        a.PaymentConfirmedAt = null;
        a.DecidedAt = null;
        a.DecisionDueAt = null;
        a.LastSequence = 0;
        return a;
    }

    private static void Validate(Application a)
    {
        if (string.IsNullOrWhiteSpace(a.Id) || a.Id.Length > 128)
        {
            throw new RpcException(StatusCode.InvalidArgument, "application.id is required (at most 128 characters)");
        }

        if (a.Kind == ApplicationKind.Unspecified || !System.Enum.IsDefined(a.Kind))
        {
            throw new RpcException(StatusCode.InvalidArgument, "application.kind is required");
        }

        if (string.IsNullOrWhiteSpace(a.CadastralNumber))
        {
            throw new RpcException(StatusCode.InvalidArgument, "application.cadastral_number is required");
        }
    }

    private static RpcException NotFound(string id) => new(StatusCode.NotFound, $"application {id} not found");
}
