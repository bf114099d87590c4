using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RentToOwn.Domain.Calendar;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator.Checks;
using RentToOwn.Kadastr.Simulator.Service;
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
    private readonly ApplicationJournal journal;
    private readonly RegistrationSheetWriter sheets;
    private readonly NoticeComposer notices;
    private readonly ApplicationSignals signals = new();
    private readonly DecisionScheduler decisions;

    /// <summary>Creates the registrar; applications left under review (e.g. before a restart) are decided again.</summary>
    public Registrar(SimulatorStore store, ISignatureChecker signatures, TimeProvider clock, IWorkingDayCalendar calendar, SimulatorOptions options)
    {
        this.store = store;
        this.clock = clock;
        checks = new RegistrationChecks(store, signatures);
        deadlines = new DeadlineCalculator(clock, calendar);
        journal = new ApplicationJournal(store);
        sheets = new RegistrationSheetWriter(store);
        notices = new NoticeComposer(options);
        decisions = new DecisionScheduler(gate, clock, options, Decide);
        foreach (var id in store.ApplicationsIn(ApplicationStatus.UnderReview))
        {
            decisions.Schedule(id, inline: false);
        }
    }

    /// <summary>The store (read access for tools and tests; take no writes around the registrar).</summary>
    internal SimulatorStore Store => store;

    /// <summary>A.22: receives an application; resubmitting the same id returns the stored one.</summary>
    /// <exception cref="RpcException">INVALID_ARGUMENT for a malformed application; ALREADY_EXISTS when the id was used for different content.</exception>
    public async Task<Application> SubmitAsync(Application submitted, CancellationToken ct)
    {
        SubmissionRules.Validate(submitted);
        var clientPart = SubmissionRules.ClientPart(submitted);
        var bytes = clientPart.ToByteArray();
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (store.SubmittedBytes(submitted.Id) is { } earlier)
            {
                return earlier.AsSpan().SequenceEqual(bytes)
                    ? store.FindApplication(submitted.Id)!
                    : throw Rpc.Error(StatusCode.AlreadyExists, $"application {submitted.Id} was already submitted with different content");
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
                journal.SetStatus(app, ApplicationStatus.Received, Grounds.Received.ToReason(), now, insert: bytes);
                journal.SetStatus(app, ApplicationStatus.UnderReview, Grounds.UnderReview.ToReason(), now);
                tx.Commit();
            }

            signals.Notify(app.Id);
            decisions.Schedule(app.Id, inline: true);
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
                    journal.SetStatus(app, ApplicationStatus.UnderReview, Grounds.UnderReview.ToReason(), now);
                }
                else
                {
                    store.UpdateApplication(app);
                }

                tx.Commit();
            }

            signals.Notify(id);
            decisions.Schedule(id, inline: true);
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
                changed = final ? Task.CompletedTask : signals.Next(id);
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
            var property = store.FindProperty(cadastralNumber) ?? throw Rpc.Error(StatusCode.NotFound, $"property {cadastralNumber} not found");
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
        decisions.Dispose();
    }

    private void ConfirmFee(Application app, DateTimeOffset now)
    {
        // A.38: the service is due no later than one working day after the fee confirmation.
        app.PaymentConfirmedAt = Timestamp.FromDateTimeOffset(now);
        app.DecisionDueAt = Timestamp.FromDateTimeOffset(deadlines.For(LegalDeadline.RegistrationService, now).DueAt);
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
        var released = new List<string>();
        using (var tx = store.Begin())
        {
            app.DecidedAt = Timestamp.FromDateTimeOffset(now);
            if (outcome.Status == ApplicationStatus.Registered)
            {
                app.Entry = sheets.Register(app, now);
            }

            journal.SetStatus(app, outcome.Status, outcome.Reason, now);
            foreach (var notice in notices.NoticesFor(app, now))
            {
                store.AddNotice(notice);
                journal.AppendNotice(app, now, notice);
            }

            store.UpdateApplication(app);

            // A.34: a registered termination releases the ownership application waiting for it, in the same transaction
            // (a crash between the two left it suspended for good; under review, a restart decides it again).
            if (outcome.Status == ApplicationStatus.Registered && app.Kind == ApplicationKind.LeaseEncumbranceTermination)
            {
                foreach (var waiting in store.ApplicationsIn(ApplicationStatus.Suspended))
                {
                    var o = store.FindApplication(waiting)!;
                    if (o.RelatedApplicationId == id && o.Reason?.Code == Grounds.AwaitingTermination.Code)
                    {
                        journal.SetStatus(o, ApplicationStatus.UnderReview, Grounds.UnderReview.ToReason(), now);
                        released.Add(o.Id);
                    }
                }
            }

            tx.Commit();
        }

        signals.Notify(id);
        foreach (var o in released)
        {
            signals.Notify(o);
            Decide(o);
        }
    }

    private static RpcException NotFound(string id) => Rpc.Error(StatusCode.NotFound, $"application {id} not found");
}
