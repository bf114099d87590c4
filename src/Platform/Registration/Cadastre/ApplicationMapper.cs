using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Registration.Model;

namespace RentToOwn.Platform.Registration.Cadastre;

/// <summary>
/// A.22, A.31: the platform's application as the cadastre's <c>Application</c>: parties by role (IIN/BIN), the basis
/// document with its signatures, the signed application form, the payment document, the registrar's verdict, the
/// ledger receipts of the signatures, the fee payment and, for ownership, the paired termination.
/// </summary>
public static class ApplicationMapper
{
    /// <summary>Maps one application.</summary>
    /// <param name="app">The application.</param>
    /// <param name="lease">Its lease.</param>
    /// <param name="ktkRepresentativeIin">KTK's representative: the one who took part in the attached verdict's session, else the officer who formed it.</param>
    /// <param name="ktkHeadIin">The head who signed for KTK (the contract's or the form's).</param>
    /// <param name="relatedCadastreId">Ownership: the termination's cadastre id.</param>
    /// <param name="receipts">Ledger receipts of the signatures it carries.</param>
    public static Application Map(RegistrationApplication app, LeaseRecord lease, string? ktkRepresentativeIin, string? ktkHeadIin,
        string? relatedCadastreId, IEnumerable<StoredReceipt> receipts)
    {
        var a = new Application
        {
            Id = app.CadastreId ?? throw new InvalidOperationException("The application has no cadastre id yet."),
            Kind = app.Kind switch
            {
                RegistrationKind.LeaseEncumbrance => ApplicationKind.LeaseEncumbranceRegistration,
                RegistrationKind.EncumbranceTermination => ApplicationKind.LeaseEncumbranceTermination,
                _ => ApplicationKind.OwnershipRegistration,
            },
            CadastralNumber = lease.Flat.CadastralNumber,
            // A.21, A.30: the video-session findings name the application by this id (the same across resubmissions).
            ApplicantReference = app.Id.ToString(),
            // A.24: the registrar compares the contract's flat with the cadastre's technical characteristics.
            DeclaredProperty = new DeclaredProperty { Address = lease.Flat.Address, AreaSqm = (double)lease.Flat.TotalArea, Rooms = lease.Flat.Rooms },
        };

        a.Parties.Add(new Party { Role = PartyRole.Recipient, Iin = lease.TenantIin });
        if (lease.SpouseIin is { Length: > 0 } spouse) a.Parties.Add(new Party { Role = PartyRole.Spouse, Iin = spouse });
        foreach (var g in lease.Guarantors.OrderBy(g => g.Order))
        {
            a.Parties.Add(g.Bin is { Length: > 0 } gb ? new Party { Role = PartyRole.Guarantor, Bin = gb } : new Party { Role = PartyRole.Guarantor, Iin = g.Iin ?? "" });
        }

        a.Parties.Add(new Party { Role = PartyRole.Ktk, Bin = lease.LessorBin, RepresentativeIin = ktkHeadIin ?? "" });
        if (ktkRepresentativeIin is { Length: > 0 } rep) a.Parties.Add(new Party { Role = PartyRole.KtkRepresentative, Iin = rep });

        var basis = new Document
        {
            Kind = app.BasisKind switch
            {
                BasisDocumentKind.LeaseContract => DocumentKind.LeaseContract,
                BasisDocumentKind.KtkLetter => DocumentKind.KtkLetter,
                _ => DocumentKind.TransferContract,
            },
            Title = app.BasisTitle,
            Content = ByteString.CopyFrom(app.BasisContent),
        };
        foreach (var s in app.BasisSignatures.OrderBy(s => s.Position))
        {
            basis.Signatures.Add(new Signature { Cms = ByteString.CopyFrom(s.Cms), SignerRole = Role(s.Role), ExpectedSigner = s.ExpectedSigner });
        }

        a.Documents.Add(basis);
        if (app.IsCourtOrdered)
        {
            // Seed 000: the court decision travels with the termination, certified by KTK; the cadastre then needs no verdict.
            var decision = new Document { Kind = DocumentKind.CourtDecision, Title = app.CourtDecisionTitle ?? "Сот шешімі / Решение суда", Content = ByteString.CopyFrom(app.CourtDecisionContent) };
            if (app.CourtDecisionCms is { } certification)
            {
                decision.Signatures.Add(new Signature { Cms = ByteString.CopyFrom(certification), SignerRole = PartyRole.Ktk, ExpectedSigner = lease.LessorBin });
            }

            a.Documents.Add(decision);
        }

        var form = new Document { Kind = DocumentKind.ApplicationForm, Title = "Өтініш / Заявление", Content = ByteString.CopyFrom(app.FormDocument) };
        if (app.FormCms is { } cms && app.FormSigner is { } signer)
        {
            form.Signatures.Add(new Signature
            {
                Cms = ByteString.CopyFrom(cms), ExpectedSigner = signer,
                SignerRole = app.Kind == RegistrationKind.EncumbranceTermination ? PartyRole.Ktk : PartyRole.Recipient,
            });
        }

        if (app.KtkFormCms is { } ktkCms)
        {
            // A.22: certified by KTK's authorised person beside the tenant; the cadastre checks KTK's BIN in the certificate.
            form.Signatures.Add(new Signature { Cms = ByteString.CopyFrom(ktkCms), ExpectedSigner = lease.LessorBin, SignerRole = PartyRole.Ktk });
        }

        a.Documents.Add(form);

        if (app.VerdictFindings is { } findings && app.VerdictCms is { } verdictCms)
        {
            a.Verdict = new VideoSessionVerdict { Findings = ByteString.CopyFrom(findings), Cms = ByteString.CopyFrom(verdictCms) };
            var registrar = VideoSessionFindings.Parser.ParseFrom(findings).RegistrarIin;
            if (registrar.Length > 0) a.Parties.Add(new Party { Role = PartyRole.Registrar, Iin = registrar });
        }

        if (app.FeePaidAt is { } paidAt && app.PaymentDocument is { } doc)
        {
            // A.22: the payment document is attached; the fee travels with the application.
            a.Payment = new PaymentInfo { PaymentReference = app.PaymentReference ?? "", AmountTiyn = app.FeeTiyn, PaidAt = Timestamp.FromDateTimeOffset(paidAt) };
            a.Documents.Add(new Document { Kind = DocumentKind.PaymentDocument, Title = "Төлем құжаты / Платёжный документ", Content = ByteString.CopyFrom(doc) });
        }

        foreach (var r in receipts.OrderBy(r => r.LeafIndex))
        {
            a.Receipts.Add(new LedgerReceiptRef { RecordId = r.Id.ToString(), LeafIndex = (ulong)r.LeafIndex, CheckpointRootHex = CheckpointRoot(r.ReceiptJson), Backend = "embedded" });
        }

        if (relatedCadastreId is not null) a.RelatedApplicationId = relatedCadastreId;
        return a;
    }

    /// <summary>The proto role of a basis signer.</summary>
    public static PartyRole Role(BasisSignerRole role) => role switch
    {
        BasisSignerRole.Tenant => PartyRole.Recipient,
        BasisSignerRole.Spouse => PartyRole.Spouse,
        BasisSignerRole.Guarantor => PartyRole.Guarantor,
        _ => PartyRole.Ktk,
    };

    private static string CheckpointRoot(string receiptJson)
    {
        // The checkpoint is a signed note: origin, size, base64 root hash, blank line, signatures.
        var note = System.Text.Json.Nodes.JsonNode.Parse(receiptJson)?["checkpoint"]?.GetValue<string>() ?? "";
        var lines = note.Split('\n');
        if (lines.Length < 3) return "";
        try
        {
            return Convert.ToHexStringLower(Convert.FromBase64String(lines[2]));
        }
        catch (FormatException)
        {
            return "";
        }
    }
}
