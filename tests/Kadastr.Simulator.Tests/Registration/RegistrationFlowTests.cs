using RentToOwn.Domain.Calendar;
using RentToOwn.Kadastr.Protocol.Calls;
using Grpc.Core;
using RentToOwn.Kadastr.Protocol.V1;
using static RentToOwn.Kadastr.Simulator.Tests.GrpcAssertions;

namespace RentToOwn.Kadastr.Simulator.Tests.Registration;

public sealed class RegistrationFlowTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Complete_lease_registers_with_a_sheet_entry_notices_and_the_A38_times()
    {
        var property = SimulatorFixture.FreshProperty();
        var app = await sim.Client.SubmitAsync(sim.Apps.Lease("ok-lease", property));

        AssertReason(app, ApplicationStatus.Registered, "REGISTERED");
        Assert.Equal(RegistrationEntryKind.LeaseEncumbrance, app.Entry.Kind);
        Assert.Equal(["900501300120", "040540000103"], app.Entry.Holders);

        // A.25: the registration sheet carries the entry after KTK's ownership.
        var sheet = await sim.Client.GetRegistrationSheetAsync(new GetRegistrationSheetRequest { CadastralNumber = property });
        Assert.Contains("Ұлы Дала", sheet.Address);
        Assert.Equal([RegistrationEntryKind.Ownership, RegistrationEntryKind.LeaseEncumbrance], sheet.Entries.Select(e => e.Kind));
        Assert.Equal(app.Entry.EntryNumber, sheet.Entries[1].EntryNumber);

        // A.38: decided no later than one working day after the fee confirmation.
        var confirmed = app.PaymentConfirmedAt.ToDateTimeOffset();
        var due = new DeadlineCalculator(sim.Clock, KazakhstanCalendar.FromEmbeddedData()).For(LegalDeadline.RegistrationService, confirmed).DueAt;
        Assert.Equal(due, app.DecisionDueAt.ToDateTimeOffset());
        Assert.True(app.DecidedAt.ToDateTimeOffset() <= due);
        Assert.True(due > confirmed);

        // A.28: the recipient's eGov cabinet and the platform cabinet.
        var egov = await sim.Client.ListNoticesAsync(new ListNoticesRequest { Inbox = NoticeInbox.EgovCabinet, Recipient = "900501300120" });
        Assert.Contains(egov.Notices, n => n.ApplicationId == "ok-lease" && n.Outcome == ApplicationStatus.Registered);
        var platform = await sim.Client.ListNoticesAsync(new ListNoticesRequest { Inbox = NoticeInbox.PlatformCabinet });
        Assert.Contains(platform.Notices, n => n.ApplicationId == "ok-lease" && n.Recipient == "040540000103");
    }

    [Fact]
    public async Task Gost_signatures_verify_like_rsa_ones()
    {
        var lease = sim.Apps.Lease("ok-gost", SimulatorFixture.FreshProperty());
        var contract = lease.Documents.Single(d => d.Kind == DocumentKind.LeaseContract);
        var tenant = contract.Signatures.Single(s => s.SignerRole == PartyRole.Recipient);
        tenant.Cms = Google.Protobuf.ByteString.CopyFrom(sim.Kit.Sign(contract.Content.ToByteArray(), "900501300120", null, RentToOwn.Eds.Algorithms.KeyAlgorithm.Gost));

        var app = await sim.Client.SubmitAsync(lease);
        AssertReason(app, ApplicationStatus.Registered, "REGISTERED");
    }

    [Fact]
    public async Task Resubmission_returns_the_same_application_and_never_a_second_entry()
    {
        var property = SimulatorFixture.FreshProperty();
        var lease = sim.Apps.Lease("idem-1", property);
        var first = await sim.Client.SubmitAsync(lease);
        var again = await sim.Client.SubmitAsync(lease.Clone());

        Assert.Equal(first, again);
        var sheet = await sim.Client.GetRegistrationSheetAsync(new GetRegistrationSheetRequest { CadastralNumber = property });
        Assert.Single(sheet.Entries, e => e.Kind == RegistrationEntryKind.LeaseEncumbrance);

        var changed = lease.Clone();
        changed.CadastralNumber = SimulatorFixture.FreshProperty();
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await sim.Client.SubmitAsync(changed));
        Assert.Equal(StatusCode.AlreadyExists, ex.StatusCode);
    }

    [Fact]
    public async Task Watch_streams_every_event_and_resumes_after_a_sequence()
    {
        await sim.Client.SubmitAsync(sim.Apps.Lease("watch-1", SimulatorFixture.FreshProperty()));

        var all = await ReadAll(new WatchApplicationRequest { Id = "watch-1" });
        Assert.Equal([1UL, 2, 3, 4, 5], all.Select(e => e.Sequence));
        Assert.Equal([ApplicationStatus.Received, ApplicationStatus.UnderReview, ApplicationStatus.Registered], all.Take(3).Select(e => e.Status));
        Assert.NotNull(all[2].Entry);
        Assert.Equal([NoticeInbox.EgovCabinet, NoticeInbox.PlatformCabinet], all.Skip(3).Select(e => e.Notice.Inbox));

        var resumed = await ReadAll(new WatchApplicationRequest { Id = "watch-1", AfterSequence = 3 });
        Assert.Equal([4UL, 5], resumed.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Watch_follows_a_suspended_application_until_its_decision()
    {
        await sim.Client.SubmitAsync(sim.Apps.Lease("watch-live", SimulatorFixture.FreshProperty(), withPayment: false));
        using var call = sim.Client.WatchApplication(new WatchApplicationRequest { Id = "watch-live", AfterSequence = 0 }, deadline: CallDeadline.After(TimeSpan.FromSeconds(30)));
        var seen = new List<ApplicationEvent>();
        var suspended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reading = Task.Run(async () =>
        {
            await foreach (var e in call.ResponseStream.ReadAllAsync())
            {
                lock (seen) seen.Add(e);
                if (e.Status == ApplicationStatus.Suspended) suspended.TrySetResult();
            }
        });

        // Suspended is not final: once it has arrived, the stream stays open, and the registration after the payment
        // arrives on the same stream (a closed stream would end the reading without it).
        await Task.WhenAny(suspended.Task, reading).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.True(suspended.Task.IsCompleted, "no SUSPENDED event before the stream ended");
        Assert.False(reading.IsCompleted);
        await sim.Client.ConfirmPaymentAsync(new ConfirmPaymentRequest { ApplicationId = "watch-live" });
        await reading.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(ApplicationStatus.Suspended, seen[2].Status);
        Assert.Contains(seen, e => e.Status == ApplicationStatus.Registered && e.Notice is null);
    }

    [Fact]
    public async Task Bad_requests_get_clear_status_codes()
    {
        async Task<StatusCode> Code(Func<Task> call) => (await Assert.ThrowsAsync<RpcException>(call)).StatusCode;

        Assert.Equal(StatusCode.InvalidArgument, await Code(async () => await sim.Client.SubmitApplicationAsync(new SubmitApplicationRequest())));
        Assert.Equal(StatusCode.InvalidArgument, await Code(async () => await sim.Client.SubmitAsync(new Application { Kind = ApplicationKind.LeaseEncumbranceRegistration, CadastralNumber = "x" })));
        Assert.Equal(StatusCode.InvalidArgument, await Code(async () => await sim.Client.SubmitAsync(new Application { Id = "no-kind", CadastralNumber = "x" })));
        Assert.Equal(StatusCode.InvalidArgument, await Code(async () => await sim.Client.SubmitAsync(new Application { Id = "no-property", Kind = ApplicationKind.LeaseEncumbranceRegistration })));
        Assert.Equal(StatusCode.InvalidArgument, await Code(async () => await sim.Client.ListNoticesAsync(new ListNoticesRequest())));
        Assert.Equal(StatusCode.NotFound, await Code(async () => await sim.Client.GetApplicationAsync(new GetApplicationRequest { Id = "nope" })));
        Assert.Equal(StatusCode.NotFound, await Code(async () => await sim.Client.ConfirmPaymentAsync(new ConfirmPaymentRequest { ApplicationId = "nope" })));
        Assert.Equal(StatusCode.NotFound, await Code(async () => await sim.Client.GetRegistrationSheetAsync(new GetRegistrationSheetRequest { CadastralNumber = "00:000" })));
        Assert.Equal(StatusCode.NotFound, await Code(async () =>
        {
            using var call = sim.Client.WatchApplication(new WatchApplicationRequest { Id = "nope" });
            await foreach (var unused in call.ResponseStream.ReadAllAsync())
            {
            }
        }));
    }

    private async Task<List<ApplicationEvent>> ReadAll(WatchApplicationRequest request)
    {
        using var call = sim.Client.WatchApplication(request, deadline: CallDeadline.After(TimeSpan.FromSeconds(10)));
        var list = new List<ApplicationEvent>();
        await foreach (var e in call.ResponseStream.ReadAllAsync())
        {
            list.Add(e);
        }

        return list;
    }
}
