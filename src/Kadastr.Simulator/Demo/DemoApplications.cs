using System.Text;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Simulator.Demo;

/// <summary>Builds complete, correctly signed applications (A.19–A.22, A.29–A.31) for tests and load runs.</summary>
/// <param name="kit">The signing kit.</param>
/// <param name="clock">Clock for the video-session time.</param>
public sealed class DemoApplications(DemoSigningKit kit, TimeProvider clock)
{
    /// <summary>A lease encumbrance registration (A.19–A.22) with contract, application form, payment and verdict.</summary>
    public Application Lease(string id, string cadastralNumber, DemoParticipants? who = null, bool withPayment = true)
    {
        var p = who ?? new DemoParticipants();
        var app = Base(id, ApplicationKind.LeaseEncumbranceRegistration, cadastralNumber, p);
        app.Documents.Add(SignedDocument(DocumentKind.LeaseContract, $"Rent-to-own contract {id} for {cadastralNumber}", p, PartyRole.Recipient, PartyRole.Ktk));
        // A.22: the application is certified by the recipient and KTK's authorised person.
        app.Documents.Add(SignedDocument(DocumentKind.ApplicationForm, $"Application {id}: registration of the lease encumbrance", p, PartyRole.Recipient, PartyRole.Ktk));
        AddPayment(app, id, p, withPayment);
        return app;
    }

    /// <summary>A.29 (1): termination of the lease encumbrance on KTK's signed letter.</summary>
    public Application Termination(string id, string cadastralNumber, DemoParticipants? who = null, bool withPayment = true)
    {
        var p = who ?? new DemoParticipants();
        var app = Base(id, ApplicationKind.LeaseEncumbranceTermination, cadastralNumber, p);
        app.Documents.Add(SignedDocument(DocumentKind.KtkLetter, $"KTK letter: the purchase price for {cadastralNumber} is paid in full", p, PartyRole.Ktk));
        // A.31: KTK signs the termination application.
        app.Documents.Add(SignedDocument(DocumentKind.ApplicationForm, $"Application {id}: termination of the lease encumbrance", p, PartyRole.Ktk));
        AddPayment(app, id, p, withPayment);
        return app;
    }

    /// <summary>A.29 (2): the tenant's ownership on the transfer contract, paired with a termination.</summary>
    public Application Ownership(string id, string terminationId, string cadastralNumber, DemoParticipants? who = null, bool withPayment = true)
    {
        var p = who ?? new DemoParticipants();
        var app = Base(id, ApplicationKind.OwnershipRegistration, cadastralNumber, p);
        app.RelatedApplicationId = terminationId;
        app.Documents.Add(SignedDocument(DocumentKind.TransferContract, $"Transfer contract of {cadastralNumber}", p, PartyRole.Recipient, PartyRole.Ktk));
        // A.31: the recipient signs the ownership application.
        app.Documents.Add(SignedDocument(DocumentKind.ApplicationForm, $"Application {id}: the recipient's ownership", p, PartyRole.Recipient));
        AddPayment(app, id, p, withPayment);
        return app;
    }

    /// <summary>The registrar's signed verdict (A.21) over the given findings.</summary>
    public VideoSessionVerdict Verdict(VideoSessionFindings findings, string? signerIin = null, string? signerBin = null)
    {
        var bytes = findings.ToByteArray();
        return new VideoSessionVerdict
        {
            Findings = ByteString.CopyFrom(bytes),
            Cms = ByteString.CopyFrom(kit.Sign(bytes, signerIin ?? findings.RegistrarIin, signerBin)),
        };
    }

    /// <summary>Findings of a video session where everything was confirmed.</summary>
    public VideoSessionFindings Findings(string applicationId, DemoParticipants p)
    {
        var f = new VideoSessionFindings
        {
            SessionId = "vs-" + applicationId,
            ApplicationReference = applicationId,
            RegistrarIin = p.RegistrarIin,
            CapacityConfirmed = true,
            FreeWillConfirmed = true,
            SignaturesConfirmed = true,
            HeldAt = Timestamp.FromDateTimeOffset(clock.GetUtcNow()),
        };
        f.Participants.Add(new Party { Role = PartyRole.Recipient, Iin = p.RecipientIin });
        f.Participants.Add(new Party { Role = PartyRole.KtkRepresentative, Iin = p.KtkSignerIin });
        if (p.SpouseIin is not null)
        {
            f.Participants.Add(new Party { Role = PartyRole.Spouse, Iin = p.SpouseIin });
        }

        return f;
    }

    /// <summary>A document signed by the given roles of <paramref name="p"/>.</summary>
    public Document SignedDocument(DocumentKind kind, string text, DemoParticipants p, params PartyRole[] signers)
    {
        var content = Encoding.UTF8.GetBytes($"%PDF-1.7 (demo) {text}");
        var doc = new Document { Kind = kind, Title = text, Content = ByteString.CopyFrom(content) };
        foreach (var role in signers)
        {
            var (iin, bin, expected) = role == PartyRole.Ktk ? (p.KtkSignerIin, p.KtkBin, p.KtkBin) : (p.RecipientIin, null, p.RecipientIin);
            doc.Signatures.Add(new Signature { SignerRole = role, ExpectedSigner = expected, Cms = ByteString.CopyFrom(kit.Sign(content, iin, bin)) });
        }

        return doc;
    }

    private Application Base(string id, ApplicationKind kind, string cadastralNumber, DemoParticipants p)
    {
        // A.21, A.30: the findings name the application by this reference and list its parties.
        var app = new Application { Id = id, Kind = kind, CadastralNumber = cadastralNumber, ApplicantReference = id };
        app.Parties.Add(new Party { Role = PartyRole.Recipient, Iin = p.RecipientIin });
        if (p.SpouseIin is not null)
        {
            app.Parties.Add(new Party { Role = PartyRole.Spouse, Iin = p.SpouseIin });
        }

        app.Parties.Add(new Party { Role = PartyRole.Ktk, Bin = p.KtkBin, RepresentativeIin = p.KtkSignerIin });
        app.Parties.Add(new Party { Role = PartyRole.KtkRepresentative, Iin = p.KtkSignerIin });
        app.Verdict = Verdict(Findings(id, p), p.RegistrarIin, p.RegistrarBin);
        app.Receipts.Add(new LedgerReceiptRef { RecordId = "rec-" + id, LeafIndex = 0, Backend = "embedded" });
        return app;
    }

    private void AddPayment(Application app, string id, DemoParticipants p, bool withPayment)
    {
        if (!withPayment)
        {
            return;
        }

        app.Payment = new PaymentInfo { PaymentReference = "PAY-" + id, AmountTiyn = 1_150_000, PaidAt = Timestamp.FromDateTimeOffset(clock.GetUtcNow()) };
        app.Documents.Add(SignedDocument(DocumentKind.PaymentDocument, $"Payment of the registration fee for {id}", p, PartyRole.Recipient, PartyRole.Ktk));
    }
}
