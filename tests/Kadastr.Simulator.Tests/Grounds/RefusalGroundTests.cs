using Google.Protobuf;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator.Demo;
using static RentToOwn.Kadastr.Simulator.Tests.GrpcAssertions;

namespace RentToOwn.Kadastr.Simulator.Tests.Grounds;

/// <summary>A.27, A.36: every art. 31 ground, reached through the gRPC API.</summary>
public sealed class RefusalGroundTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Unknown_property_is_refused()
    {
        var app = await sim.Client.SubmitAsync(sim.Apps.Lease("r31-nowhere", "99:999:999:999:9"));
        AssertReason(app, ApplicationStatus.Refused, "ART31_PROPERTY_NOT_FOUND");
    }

    [Theory]
    [InlineData("21:320:041:001:2", "ARREST")] // an arrest always blocks
    [InlineData("21:320:041:001:4", "MORTGAGE")] // a mortgage without the pledgee's consent
    public async Task Blocking_encumbrance_is_refused(string property, string kind)
    {
        var app = await sim.Client.SubmitAsync(sim.Apps.Lease("r31-block-" + kind, property));
        AssertReason(app, ApplicationStatus.Refused, "ART31_BLOCKING_ENCUMBRANCE");
        Assert.Contains(kind, app.Reason.TextRu, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Mortgage_with_consent_does_not_block()
    {
        var app = await sim.Client.SubmitAsync(sim.Apps.Lease("r31-mortgage-ok", "21:320:041:001:3"));
        AssertReason(app, ApplicationStatus.Registered, "REGISTERED");
    }

    [Fact]
    public async Task Second_lease_on_a_leased_flat_is_refused()
    {
        var property = SimulatorFixture.FreshProperty();
        Assert.Equal(ApplicationStatus.Registered, (await sim.Client.SubmitAsync(sim.Apps.Lease("r31-first", property))).Status);
        var second = await sim.Client.SubmitAsync(sim.Apps.Lease("r31-second", property));
        AssertReason(second, ApplicationStatus.Refused, "ART31_LEASE_ALREADY_REGISTERED");
    }

    [Fact]
    public async Task Termination_without_a_lease_is_refused()
    {
        var app = await sim.Client.SubmitAsync(sim.Apps.Termination("r31-no-lease", SimulatorFixture.FreshProperty()));
        AssertReason(app, ApplicationStatus.Refused, "ART31_NO_LEASE_TO_TERMINATE");
    }

    [Fact]
    public async Task Participant_on_the_financing_list_is_refused()
    {
        var who = new DemoParticipants(RecipientIin: "600202310000", SpouseIin: null);
        var app = await sim.Client.SubmitAsync(sim.Apps.Lease("r31-list", SimulatorFixture.FreshProperty(), who));
        AssertReason(app, ApplicationStatus.Refused, "ART31_SANCTIONS_LIST");
    }

    [Fact]
    public async Task Signature_over_other_bytes_does_not_verify()
    {
        var lease = sim.Apps.Lease("r31-tampered", SimulatorFixture.FreshProperty());
        var contract = lease.Documents.Single(d => d.Kind == DocumentKind.LeaseContract);
        contract.Content = ByteString.CopyFromUtf8(contract.Content.ToStringUtf8() + " (price changed)");
        var app = await sim.Client.SubmitAsync(lease);
        AssertReason(app, ApplicationStatus.Refused, "ART31_SIGNATURE_INVALID");
    }

    [Fact]
    public async Task Garbage_cms_does_not_verify()
    {
        var lease = sim.Apps.Lease("r31-garbage", SimulatorFixture.FreshProperty());
        lease.Documents[0].Signatures[0].Cms = ByteString.CopyFrom(1, 2, 3, 4);
        var app = await sim.Client.SubmitAsync(lease);
        AssertReason(app, ApplicationStatus.Refused, "ART31_SIGNATURE_INVALID");
    }

    [Fact]
    public async Task Valid_signature_by_someone_else_is_signer_mismatch()
    {
        var lease = sim.Apps.Lease("r31-other-signer", SimulatorFixture.FreshProperty());
        var contract = lease.Documents.Single(d => d.Kind == DocumentKind.LeaseContract);
        var recipientSig = contract.Signatures.Single(s => s.SignerRole == PartyRole.Recipient);
        recipientSig.Cms = ByteString.CopyFrom(sim.Kit.Sign(contract.Content.ToByteArray(), "851110300344"));
        var app = await sim.Client.SubmitAsync(lease);
        AssertReason(app, ApplicationStatus.Refused, "ART31_SIGNER_MISMATCH");
    }

    [Fact]
    public async Task Verdict_signed_by_someone_other_than_the_registrar_is_signer_mismatch()
    {
        var lease = sim.Apps.Lease("r31-verdict-signer", SimulatorFixture.FreshProperty());
        lease.Verdict = sim.Apps.Verdict(sim.Apps.Findings(lease.Id, new DemoParticipants()), signerIin: "851110300344");
        var app = await sim.Client.SubmitAsync(lease);
        AssertReason(app, ApplicationStatus.Refused, "ART31_SIGNER_MISMATCH");
    }

    [Fact]
    public async Task Malformed_iin_is_refused()
    {
        var lease = sim.Apps.Lease("r31-bad-iin", SimulatorFixture.FreshProperty());
        lease.Parties[0].Iin = "900501300121"; // wrong control digit
        var app = await sim.Client.SubmitAsync(lease);
        AssertReason(app, ApplicationStatus.Refused, "ART31_INVALID_IDENTIFIER");
    }

    [Fact]
    public async Task Malformed_bin_is_refused()
    {
        var lease = sim.Apps.Lease("r31-bad-bin", SimulatorFixture.FreshProperty());
        lease.Parties[1].Bin = "040590000103"; // month 90
        var app = await sim.Client.SubmitAsync(lease);
        AssertReason(app, ApplicationStatus.Refused, "ART31_INVALID_IDENTIFIER");
    }

    [Fact]
    public async Task Valid_iin_missing_from_the_individuals_database_is_refused()
    {
        var who = new DemoParticipants(RecipientIin: "930303310008", SpouseIin: null);
        var app = await sim.Client.SubmitAsync(sim.Apps.Lease("r31-unknown", SimulatorFixture.FreshProperty(), who));
        AssertReason(app, ApplicationStatus.Refused, "ART31_UNKNOWN_PARTY");
    }

    [Fact]
    public async Task Deceased_party_is_refused()
    {
        var who = new DemoParticipants(RecipientIin: "880505410000", SpouseIin: null);
        var app = await sim.Client.SubmitAsync(sim.Apps.Lease("r31-deceased", SimulatorFixture.FreshProperty(), who));
        AssertReason(app, ApplicationStatus.Refused, "ART31_DECEASED_PARTY");
    }

    [Fact]
    public async Task Incapable_party_is_refused()
    {
        var who = new DemoParticipants(RecipientIin: "750101310001", SpouseIin: null);
        var app = await sim.Client.SubmitAsync(sim.Apps.Lease("r31-incapable", SimulatorFixture.FreshProperty(), who));
        AssertReason(app, ApplicationStatus.Refused, "ART31_INCAPABLE_PARTY");
    }

    [Theory]
    [InlineData("capacity")]
    [InlineData("free-will")]
    [InlineData("signatures")]
    public async Task Negative_video_session_finding_is_refused(string finding)
    {
        var lease = sim.Apps.Lease("r31-verdict-" + finding, SimulatorFixture.FreshProperty());
        var f = sim.Apps.Findings(lease.Id, new DemoParticipants());
        f.CapacityConfirmed = finding != "capacity";
        f.FreeWillConfirmed = finding != "free-will";
        f.SignaturesConfirmed = finding != "signatures";
        lease.Verdict = sim.Apps.Verdict(f);
        var app = await sim.Client.SubmitAsync(lease);
        AssertReason(app, ApplicationStatus.Refused, "ART31_VIDEO_SESSION_NEGATIVE");
    }

    [Fact]
    public async Task Refusal_notices_reach_the_egov_and_platform_cabinets()
    {
        var who = new DemoParticipants(RecipientIin: "880505410000", SpouseIin: null);
        await sim.Client.SubmitAsync(sim.Apps.Lease("r31-notice", SimulatorFixture.FreshProperty(), who));
        var egov = await sim.Client.ListNoticesAsync(new ListNoticesRequest { Inbox = NoticeInbox.EgovCabinet, Recipient = "880505410000" });
        var n = Assert.Single(egov.Notices, x => x.ApplicationId == "r31-notice");
        Assert.Equal(ApplicationStatus.Refused, n.Outcome);
        Assert.Equal("ART31_DECEASED_PARTY", n.Reason.Code);
        var platform = await sim.Client.ListNoticesAsync(new ListNoticesRequest { Inbox = NoticeInbox.PlatformCabinet, Recipient = "040540000103" });
        Assert.Contains(platform.Notices, x => x.ApplicationId == "r31-notice");
    }
}
