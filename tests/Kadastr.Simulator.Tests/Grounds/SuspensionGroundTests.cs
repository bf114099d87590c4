using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator.Demo;
using static RentToOwn.Kadastr.Simulator.Tests.GrpcAssertions;

namespace RentToOwn.Kadastr.Simulator.Tests.Grounds;

/// <summary>A.26, A.35: every art. 27 ground, reached through the gRPC API.</summary>
public sealed class SuspensionGroundTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Fee_not_confirmed_suspends_and_confirmation_resumes_to_registration()
    {
        var app = await sim.Client.SubmitAsync(sim.Apps.Lease("s27-fee", SimulatorFixture.FreshProperty(), withPayment: false));
        AssertReason(app, ApplicationStatus.Suspended, "ART27_FEE_NOT_CONFIRMED");
        Assert.Null(app.PaymentConfirmedAt);

        var paid = await sim.Client.ConfirmPaymentAsync(new ConfirmPaymentRequest
        {
            ApplicationId = app.Id,
            Payment = new PaymentInfo { PaymentReference = "PAY-late", AmountTiyn = 1_150_000 },
        });
        AssertReason(paid, ApplicationStatus.Registered, "REGISTERED");
        Assert.NotNull(paid.PaymentConfirmedAt);
        Assert.Equal("PAY-late", paid.Payment.PaymentReference);
    }

    [Fact]
    public async Task Married_recipient_without_the_spouse_in_the_video_session_is_suspended()
    {
        // A.23: 900501300120 is married to 910712450231 in the АХАЖ seed.
        var app = await sim.Client.SubmitAsync(sim.Apps.Lease("s27-spouse", SimulatorFixture.FreshProperty(), new DemoParticipants(SpouseIin: null)));
        AssertReason(app, ApplicationStatus.Suspended, "ART27_SPOUSE_NOT_PARTICIPATING");
        Assert.Contains("910712450231", app.Reason.TextRu);
    }

    [Fact]
    public async Task Unmarried_recipient_needs_no_spouse()
    {
        var app = await sim.Client.SubmitAsync(sim.Apps.Lease("s27-single", SimulatorFixture.FreshProperty(), new DemoParticipants(RecipientIin: "850720310008", SpouseIin: null)));
        AssertReason(app, ApplicationStatus.Registered, "REGISTERED");
    }

    [Fact]
    public async Task Missing_application_form_is_incomplete_documents()
    {
        var lease = sim.Apps.Lease("s27-docs", SimulatorFixture.FreshProperty());
        lease.Documents.Remove(lease.Documents.Single(d => d.Kind == DocumentKind.ApplicationForm));
        var app = await sim.Client.SubmitAsync(lease);
        AssertReason(app, ApplicationStatus.Suspended, "ART27_DOCUMENTS_INCOMPLETE");
        Assert.Contains("ApplicationForm", app.Reason.TextRu);
    }

    [Fact]
    public async Task Contract_without_ktks_signature_is_incomplete_documents()
    {
        var lease = sim.Apps.Lease("s27-ktk-sig", SimulatorFixture.FreshProperty());
        var contract = lease.Documents.Single(d => d.Kind == DocumentKind.LeaseContract);
        contract.Signatures.Remove(contract.Signatures.Single(s => s.SignerRole == PartyRole.Ktk));
        var app = await sim.Client.SubmitAsync(lease);
        AssertReason(app, ApplicationStatus.Suspended, "ART27_DOCUMENTS_INCOMPLETE");
    }

    [Fact]
    public async Task Missing_video_session_verdict_is_suspended()
    {
        var lease = sim.Apps.Lease("s27-video", SimulatorFixture.FreshProperty());
        lease.Verdict = null;
        var app = await sim.Client.SubmitAsync(lease);
        AssertReason(app, ApplicationStatus.Suspended, "ART27_VIDEO_SESSION_MISSING");
    }

    [Fact]
    public async Task Seed000_court_ordered_termination_registers_without_a_video_session()
    {
        // Seed 000: the lease ends on a court decision, not on the recipient's will, so no A.30 verdict is required.
        var property = SimulatorFixture.FreshProperty();
        Assert.Equal(ApplicationStatus.Registered, (await sim.Client.SubmitAsync(sim.Apps.Lease("court-lease", property))).Status);
        var termination = sim.Apps.Termination("court-term", property);
        termination.Verdict = null;
        termination.Documents.Add(sim.Apps.SignedDocument(DocumentKind.CourtDecision, "Astana city court, case 2-77/2026: the lease is terminated", new DemoParticipants(), PartyRole.Ktk));
        var app = await sim.Client.SubmitAsync(termination);
        AssertReason(app, ApplicationStatus.Registered, "REGISTERED");
    }

    [Theory]
    [InlineData("none")]
    [InlineData("uncertified")]
    [InlineData("empty")]
    [InlineData("lease")]
    public async Task Without_a_certified_court_decision_the_verdict_is_still_required(string variant)
    {
        // Art. 27 stays: a termination with no court decision (or an uncertified/empty copy), or any other kind of
        // application carrying one, still needs the registrar's video-session verdict.
        var property = SimulatorFixture.FreshProperty();
        Assert.Equal(ApplicationStatus.Registered, (await sim.Client.SubmitAsync(sim.Apps.Lease("nocourt-lease-" + variant, property))).Status);
        var app = variant == "lease"
            ? sim.Apps.Lease("nocourt-app-" + variant, SimulatorFixture.FreshProperty())
            : sim.Apps.Termination("nocourt-app-" + variant, property);
        app.Verdict = null;
        if (variant != "none")
        {
            var decision = sim.Apps.SignedDocument(DocumentKind.CourtDecision, "Court decision", new DemoParticipants(), variant == "uncertified" ? [] : [PartyRole.Ktk]);
            if (variant == "empty")
            {
                decision.Content = Google.Protobuf.ByteString.Empty;
                decision.Signatures.Clear();
            }

            app.Documents.Add(decision);
        }

        AssertReason(await sim.Client.SubmitAsync(app), ApplicationStatus.Suspended, "ART27_VIDEO_SESSION_MISSING");
    }

    [Fact]
    public async Task Ownership_before_its_termination_waits_and_registers_once_the_termination_is()
    {
        var property = SimulatorFixture.FreshProperty();
        Assert.Equal(ApplicationStatus.Registered, (await sim.Client.SubmitAsync(sim.Apps.Lease("pair-lease", property))).Status);

        var ownership = await sim.Client.SubmitAsync(sim.Apps.Ownership("pair-own", "pair-term", property));
        AssertReason(ownership, ApplicationStatus.Suspended, "ART27_AWAITING_TERMINATION");

        var termination = await sim.Client.SubmitAsync(sim.Apps.Termination("pair-term", property));
        AssertReason(termination, ApplicationStatus.Registered, "REGISTERED");
        var owned = await sim.Client.GetApplicationAsync(new GetApplicationRequest { Id = "pair-own" });
        AssertReason(owned, ApplicationStatus.Registered, "REGISTERED");

        // A.34: the sheet shows both the termination and the ownership.
        var sheet = await sim.Client.GetRegistrationSheetAsync(new GetRegistrationSheetRequest { CadastralNumber = property });
        var lease = sheet.Entries.Single(e => e.Kind == RegistrationEntryKind.LeaseEncumbrance);
        Assert.False(lease.Active);
        var ended = sheet.Entries.Single(e => e.Kind == RegistrationEntryKind.LeaseEncumbranceTerminated);
        Assert.Equal(lease.EntryNumber, ended.TerminatesEntryNumber);
        Assert.Equal("pair-term", ended.ApplicationId);
        var owners = sheet.Entries.Where(e => e.Kind == RegistrationEntryKind.Ownership).ToList();
        Assert.Equal(2, owners.Count);
        Assert.False(owners[0].Active); // KTK's ownership closed
        Assert.True(owners[1].Active);
        Assert.Equal(["900501300120"], owners[1].Holders);
        Assert.Equal("pair-own", owners[1].ApplicationId);

        // A.37: the First Credit Bureau and the recipient's eGov cabinet hear of both.
        var fcb = await sim.Client.ListNoticesAsync(new ListNoticesRequest { Inbox = NoticeInbox.FirstCreditBureau, Recipient = "100540100004" });
        Assert.Contains(fcb.Notices, n => n.ApplicationId == "pair-term" && n.Outcome == ApplicationStatus.Registered);
        Assert.Contains(fcb.Notices, n => n.ApplicationId == "pair-own" && n.Outcome == ApplicationStatus.Registered);
        var egov = await sim.Client.ListNoticesAsync(new ListNoticesRequest { Inbox = NoticeInbox.EgovCabinet, Recipient = "900501300120" });
        Assert.Contains(egov.Notices, n => n.ApplicationId == "pair-own");
        Assert.DoesNotContain(fcb.Notices, n => n.ApplicationId == "pair-lease"); // A.28: a lease is not the bureau's business
    }

    [Fact]
    public async Task A22_lease_application_without_the_certification_of_ktks_authorised_person_is_suspended_with_its_ground()
    {
        var lease = sim.Apps.Lease("s27-a22-ktk", SimulatorFixture.FreshProperty());
        var form = lease.Documents.Single(d => d.Kind == DocumentKind.ApplicationForm);
        form.Signatures.Remove(form.Signatures.Single(s => s.SignerRole == PartyRole.Ktk));
        var app = await sim.Client.SubmitAsync(lease);
        AssertReason(app, ApplicationStatus.Suspended, "ART27_KTK_SIGNATURE_MISSING");
        Assert.Equal("art. 27", app.Reason.LegalBasis);
        Assert.Contains("040540000103", app.Reason.TextRu);

        // The recipient's own signature missing instead is the general incomplete-documents ground.
        var unsigned = sim.Apps.Lease("s27-a22-tenant", SimulatorFixture.FreshProperty());
        var tenantForm = unsigned.Documents.Single(d => d.Kind == DocumentKind.ApplicationForm);
        tenantForm.Signatures.Remove(tenantForm.Signatures.Single(s => s.SignerRole == PartyRole.Recipient));
        AssertReason(await sim.Client.SubmitAsync(unsigned), ApplicationStatus.Suspended, "ART27_DOCUMENTS_INCOMPLETE");
    }

    [Fact]
    public async Task A31_termination_application_without_ktks_signature_is_suspended_and_ownership_needs_the_recipients()
    {
        var property = SimulatorFixture.FreshProperty();
        Assert.Equal(ApplicationStatus.Registered, (await sim.Client.SubmitAsync(sim.Apps.Lease("a31-lease", property))).Status);
        var termination = sim.Apps.Termination("a31-term", property);
        termination.Documents.Single(d => d.Kind == DocumentKind.ApplicationForm).Signatures.Clear();
        AssertReason(await sim.Client.SubmitAsync(termination), ApplicationStatus.Suspended, "ART27_KTK_SIGNATURE_MISSING");

        var ownership = sim.Apps.Ownership("a31-own", "a31-term", property);
        ownership.Documents.Remove(ownership.Documents.Single(d => d.Kind == DocumentKind.ApplicationForm));
        var app = await sim.Client.SubmitAsync(ownership);
        AssertReason(app, ApplicationStatus.Suspended, "ART27_DOCUMENTS_INCOMPLETE");
        Assert.Contains("ApplicationForm", app.Reason.TextRu);
    }

    [Theory]
    [InlineData("other-application")]
    [InlineData("no-application")]
    [InlineData("other-recipient")]
    [InlineData("other-spouse")]
    [InlineData("other-representative")]
    [InlineData("no-representative")]
    [InlineData("guarantor")]
    public async Task A21_findings_whose_participants_are_not_the_applications_parties_are_suspended(string variant)
    {
        // The registrar's signature over the findings is valid; what they say is not about this application's deal.
        var lease = sim.Apps.Lease("s27-parties-" + variant, SimulatorFixture.FreshProperty());
        var p = new DemoParticipants();
        var findings = sim.Apps.Findings(lease.Id, p);
        switch (variant)
        {
            case "other-application": findings.ApplicationReference = "another-application"; break;
            case "no-application": findings.ApplicationReference = ""; break;
            case "other-recipient": findings.Participants.Single(x => x.Role == PartyRole.Recipient).Iin = "850720310008"; break;
            case "other-spouse": findings.Participants.Single(x => x.Role == PartyRole.Spouse).Iin = "850720310008"; break;
            case "other-representative": findings.Participants.Single(x => x.Role == PartyRole.KtkRepresentative).Iin = "850720310008"; break;
            case "no-representative": findings.Participants.Remove(findings.Participants.Single(x => x.Role == PartyRole.KtkRepresentative)); break;
            case "guarantor": findings.Participants.Add(new Party { Role = PartyRole.Guarantor, Iin = "850720310008" }); break;
        }

        lease.Verdict = sim.Apps.Verdict(findings, p.RegistrarIin, p.RegistrarBin);
        var app = await sim.Client.SubmitAsync(lease);
        AssertReason(app, ApplicationStatus.Suspended, "ART27_VIDEO_SESSION_PARTIES_MISMATCH");
        Assert.Equal("art. 27", app.Reason.LegalBasis);
    }

    [Fact]
    public async Task A30_one_session_of_the_termination_serves_its_paired_ownership()
    {
        var property = SimulatorFixture.FreshProperty();
        Assert.Equal(ApplicationStatus.Registered, (await sim.Client.SubmitAsync(sim.Apps.Lease("a30-lease", property))).Status);
        var p = new DemoParticipants();
        var termination = sim.Apps.Termination("a30-term", property);
        Assert.Equal(ApplicationStatus.Registered, (await sim.Client.SubmitAsync(termination)).Status);
        // The ownership carries the findings of the termination's session (they name the termination).
        var ownership = sim.Apps.Ownership("a30-own", "a30-term", property);
        ownership.Verdict = termination.Verdict.Clone();
        AssertReason(await sim.Client.SubmitAsync(ownership), ApplicationStatus.Registered, "REGISTERED");

        // Findings of an unrelated session are not accepted for it.
        var other = SimulatorFixture.FreshProperty();
        Assert.Equal(ApplicationStatus.Registered, (await sim.Client.SubmitAsync(sim.Apps.Lease("a30-lease-2", other))).Status);
        Assert.Equal(ApplicationStatus.Registered, (await sim.Client.SubmitAsync(sim.Apps.Termination("a30-term-2", other))).Status);
        var stray = sim.Apps.Ownership("a30-own-2", "a30-term-2", other);
        stray.Verdict = sim.Apps.Verdict(sim.Apps.Findings("a30-lease-2", p), p.RegistrarIin, p.RegistrarBin);
        AssertReason(await sim.Client.SubmitAsync(stray), ApplicationStatus.Suspended, "ART27_VIDEO_SESSION_PARTIES_MISMATCH");
    }
}
