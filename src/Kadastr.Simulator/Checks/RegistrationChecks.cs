using Google.Protobuf;
using RentToOwn.Domain.Identity;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator.State;

namespace RentToOwn.Kadastr.Simulator.Checks;

/// <summary>
/// The registrar's checks of A.23–A.24 (lease) and A.32–A.33 (termination, ownership).
/// Art. 31 grounds (refusal) are checked first, since no later document can cure them; then
/// art. 27 grounds (suspension), which the applicant can cure (e.g. by confirming the fee).
/// </summary>
/// <param name="state">The state databases (A.24).</param>
/// <param name="signatures">The signature port.</param>
public sealed class RegistrationChecks(IRegistryState state, ISignatureChecker signatures)
{
    /// <summary>Runs every check and returns the decision.</summary>
    public CheckOutcome Evaluate(Application app)
    {
        return RefusalGround(app) ?? SuspensionGround(app) ?? CheckOutcome.Register();
    }

    private CheckOutcome? RefusalGround(Application app)
    {
        // A.24: the property exists in ЖМБМК АЖ.
        if (state.FindProperty(app.CadastralNumber) is null)
        {
            return CheckOutcome.Refuse(Grounds.PropertyNotFound, app.CadastralNumber);
        }

        var findings = ParseFindings(app.Verdict);
        var people = app.Parties.Select(p => p.IdentifierCase == Party.IdentifierOneofCase.Iin ? p.Iin : null)
            .Concat(app.Parties.Select(p => NullIfEmpty(p.RepresentativeIin)))
            .Concat(findings?.Participants.Select(p => NullIfEmpty(p.Iin)) ?? [])
            .OfType<string>().Distinct().ToList();
        var entities = app.Parties.Where(p => p.IdentifierCase == Party.IdentifierOneofCase.Bin).Select(p => p.Bin).Distinct().ToList();

        // A.23: IIN and BIN are valid and exist (ЖТ МДБ, ЗТ МДБ); A.21/A.24: alive and capable.
        foreach (var iin in people)
        {
            if (!Iin.TryParse(iin, out _, out var error))
            {
                return CheckOutcome.Refuse(Grounds.InvalidIdentifier, $"{iin} ({error})");
            }

            var person = state.FindPerson(iin);
            if (person is null)
            {
                return CheckOutcome.Refuse(Grounds.UnknownParty, iin);
            }

            if (!person.Alive)
            {
                return CheckOutcome.Refuse(Grounds.DeceasedParty, iin);
            }

            if (!person.LegalCapacity)
            {
                return CheckOutcome.Refuse(Grounds.IncapableParty, iin);
            }
        }

        foreach (var bin in entities)
        {
            if (!Bin.TryParse(bin, out _, out var error))
            {
                return CheckOutcome.Refuse(Grounds.InvalidIdentifier, $"{bin} ({error})");
            }

            if (state.FindLegalEntity(bin) is null)
            {
                return CheckOutcome.Refuse(Grounds.UnknownParty, bin);
            }
        }

        // A.23: no participant is on the terrorism and extremism financing list.
        if (people.Concat(entities).FirstOrDefault(state.IsOnSanctionsList) is { } listed)
        {
            return CheckOutcome.Refuse(Grounds.SanctionsList, listed);
        }

        // A.23: every CMS signature verifies and the signer is the expected party.
        var parties = people.Concat(entities).ToHashSet();
        foreach (var doc in app.Documents)
        {
            foreach (var sig in doc.Signatures)
            {
                var check = signatures.Check(doc.Content.Memory, sig.Cms.Memory);
                if (!check.Valid)
                {
                    return CheckOutcome.Refuse(Grounds.SignatureInvalid, $"{doc.Kind}: {check.Failure}");
                }

                if (!parties.Contains(sig.ExpectedSigner) || !check.IsSigner(sig.ExpectedSigner))
                {
                    return CheckOutcome.Refuse(Grounds.SignerMismatch, $"{doc.Kind}: {check.SignerIin ?? check.SignerBin} ≠ {sig.ExpectedSigner}");
                }
            }
        }

        // A.21: the registrar's signed verdict: signature, signer, and the findings.
        if (app.Verdict is { } verdict && findings is not null)
        {
            var check = signatures.Check(verdict.Findings.Memory, verdict.Cms.Memory);
            if (!check.Valid)
            {
                return CheckOutcome.Refuse(Grounds.SignatureInvalid, "video-session verdict: " + check.Failure);
            }

            if (!check.IsSigner(findings.RegistrarIin))
            {
                return CheckOutcome.Refuse(Grounds.SignerMismatch, $"video-session verdict: {check.SignerIin} ≠ {findings.RegistrarIin}");
            }

            if (!findings.CapacityConfirmed || !findings.FreeWillConfirmed || !findings.SignaturesConfirmed)
            {
                return CheckOutcome.Refuse(Grounds.VerdictNegative);
            }
        }

        return EncumbranceGround(app);
    }

    private CheckOutcome? EncumbranceGround(Application app)
    {
        var active = state.EntriesOf(app.CadastralNumber).Where(e => e.Entry.Active).ToList();
        // A.23: no encumbrance that blocks registration (an arrest; a mortgage without consent).
        if (app.Kind != ApplicationKind.LeaseEncumbranceTermination && active.FirstOrDefault(e => e.Blocking) is { } blocking)
        {
            return CheckOutcome.Refuse(Grounds.BlockingEncumbrance, $"{blocking.Entry.EntryNumber} {blocking.Entry.Kind} {blocking.Basis}".TrimEnd());
        }

        var lease = active.FirstOrDefault(e => e.Entry.Kind == RegistrationEntryKind.LeaseEncumbrance);
        return app.Kind switch
        {
            ApplicationKind.LeaseEncumbranceRegistration when lease is not null => CheckOutcome.Refuse(Grounds.LeaseAlreadyRegistered, lease.Entry.EntryNumber),
            ApplicationKind.LeaseEncumbranceTermination when lease is null => CheckOutcome.Refuse(Grounds.NoLeaseToTerminate),
            _ => null,
        };
    }

    private CheckOutcome? PropertyGround(Application app, string ktk)
    {
        if (app.Kind != ApplicationKind.LeaseEncumbranceRegistration) return null;
        // A.24: KTK, the lessor, owns the flat (ЖМБМК АЖ: registered rights).
        var owners = state.EntriesOf(app.CadastralNumber).Where(e => e.Entry.Kind == RegistrationEntryKind.Ownership).SelectMany(e => e.Entry.Holders).ToList();
        if (!owners.Contains(ktk)) return CheckOutcome.Suspend(Grounds.LessorNotOwner, $"{app.CadastralNumber}: owner {string.Join(", ", owners.DefaultIfEmpty("none"))}, lessor {ktk}");

        // A.24: the application's characteristics match the registry's technical characteristics (when it states them).
        if (app.DeclaredProperty is not { } declared) return null;
        var registered = PropertyCharacteristics.Of(state.FindProperty(app.CadastralNumber)!);
        var mismatches = new List<string>();
        if (Math.Abs(declared.AreaSqm - registered.AreaSqm) > PropertyCharacteristics.AreaToleranceSqm) mismatches.Add($"area {declared.AreaSqm} ≠ {registered.AreaSqm} m²");
        if (declared.Rooms != registered.Rooms) mismatches.Add($"rooms {declared.Rooms} ≠ {registered.Rooms}");
        if (declared.Address.Length > 0 && !PropertyCharacteristics.SameAddress(declared.Address, registered.Address)) mismatches.Add($"address \"{declared.Address}\" ≠ \"{registered.Address}\"");
        return mismatches.Count > 0 ? CheckOutcome.Suspend(Grounds.CharacteristicsMismatch, string.Join("; ", mismatches)) : null;
    }

    private CheckOutcome? SuspensionGround(Application app)
    {
        // Required parties, documents and signatures of each kind (A.19–A.22, A.29, A.31).
        var recipient = app.Parties.FirstOrDefault(p => p.Role == PartyRole.Recipient && p.IdentifierCase == Party.IdentifierOneofCase.Iin)?.Iin;
        var ktk = app.Parties.FirstOrDefault(p => p.Role == PartyRole.Ktk && p.IdentifierCase == Party.IdentifierOneofCase.Bin)?.Bin;
        if (recipient is null || ktk is null)
        {
            return CheckOutcome.Suspend(Grounds.DocumentsIncomplete, "parties: RECIPIENT (IIN) and KTK (BIN)");
        }

        (DocumentKind Kind, string[] Signers)[] required = app.Kind switch
        {
            // A.22: the lease application is certified by the recipient and KTK's authorised person; A.31: KTK signs the
            // termination application, the recipient the ownership application.
            ApplicationKind.LeaseEncumbranceRegistration => [(DocumentKind.LeaseContract, [recipient, ktk]), (DocumentKind.ApplicationForm, [recipient, ktk])],
            ApplicationKind.LeaseEncumbranceTermination => [(DocumentKind.KtkLetter, [ktk]), (DocumentKind.ApplicationForm, [ktk])],
            ApplicationKind.OwnershipRegistration => [(DocumentKind.TransferContract, [recipient, ktk]), (DocumentKind.ApplicationForm, [recipient])],
            _ => [],
        };
        foreach (var (kind, signers) in required)
        {
            var doc = app.Documents.FirstOrDefault(d => d.Kind == kind);
            if (doc is null || doc.Content.IsEmpty)
            {
                return CheckOutcome.Suspend(Grounds.DocumentsIncomplete, kind.ToString());
            }

            if (signers.FirstOrDefault(s => doc.Signatures.All(sig => sig.ExpectedSigner != s)) is { } unsigned)
            {
                return kind == DocumentKind.ApplicationForm && unsigned == ktk
                    ? CheckOutcome.Suspend(Grounds.KtkSignatureMissing, $"{kind}: {ktk}")
                    : CheckOutcome.Suspend(Grounds.DocumentsIncomplete, $"{kind}: signature of {unsigned}");
            }
        }

        if (PropertyGround(app, ktk) is { } property) return property;

        // A.21, A.30: the registrar's video-session verdict establishes the parties' free will. A termination ordered by a
        // court (seed 000) rests on the court decision instead, not on the recipient's will: no session is required.
        var findings = ParseFindings(app.Verdict);
        if (!IsCourtOrderedTermination(app, ktk))
        {
            if (findings is null)
            {
                return CheckOutcome.Suspend(Grounds.VideoSessionMissing);
            }

            // An ownership is checked once its paired termination is known (below): the findings may name the termination.
            if (app.Kind != ApplicationKind.OwnershipRegistration && PartiesMismatch(app, findings) is { } mismatch)
            {
                return CheckOutcome.Suspend(Grounds.VideoSessionPartiesMismatch, mismatch);
            }

            // A.23: both spouses take part if the recipient is married (АХАЖ АЖ).
            if (state.CurrentSpouseOf(recipient) is { } spouse && findings.Participants.All(p => p.Iin != spouse))
            {
                return CheckOutcome.Suspend(Grounds.SpouseNotParticipating, spouse);
            }
        }

        // A.34: ownership only after the paired termination is registered.
        if (app.Kind == ApplicationKind.OwnershipRegistration)
        {
            if (string.IsNullOrEmpty(app.RelatedApplicationId))
            {
                return CheckOutcome.Suspend(Grounds.DocumentsIncomplete, "related termination application");
            }

            var termination = state.FindApplication(app.RelatedApplicationId);
            if (termination is not null && (termination.Kind != ApplicationKind.LeaseEncumbranceTermination || termination.CadastralNumber != app.CadastralNumber))
            {
                return CheckOutcome.Suspend(Grounds.DocumentsIncomplete, "related application is not the termination of this lease");
            }

            if (termination?.Status != ApplicationStatus.Registered)
            {
                return CheckOutcome.Suspend(Grounds.AwaitingTermination, app.RelatedApplicationId);
            }

            // A.30: one session serves the pair; its findings name the termination (or the ownership itself).
            if (findings is not null && PartiesMismatch(app, findings) is { } mismatch)
            {
                return CheckOutcome.Suspend(Grounds.VideoSessionPartiesMismatch, mismatch);
            }
        }

        // A.23: the fee is confirmed (A.22, A.38).
        return app.PaymentConfirmedAt is null ? CheckOutcome.Suspend(Grounds.FeeNotConfirmed) : null;
    }

    /// <summary>
    /// A.21, A.30: the findings are about this application's deal. They name this application (or, for an ownership, its
    /// paired termination: one A.30 session serves both), list the recipient and KTK's representative, and every recipient,
    /// spouse and KTK representative they list is the application's party of that role; the registrar listed is the one who
    /// signed. Null when they match, else what differs.
    /// </summary>
    private string? PartiesMismatch(Application app, VideoSessionFindings findings)
    {
        var references = new List<string>();
        if (app.ApplicantReference.Length > 0) references.Add(app.ApplicantReference);
        if (app.Kind == ApplicationKind.OwnershipRegistration && app.RelatedApplicationId.Length > 0
            && state.FindApplication(app.RelatedApplicationId) is { ApplicantReference.Length: > 0 } termination)
        {
            references.Add(termination.ApplicantReference);
        }

        if (findings.ApplicationReference.Length == 0 || !references.Contains(findings.ApplicationReference))
        {
            return $"the findings name application \"{findings.ApplicationReference}\", not \"{app.ApplicantReference}\"";
        }

        foreach (var role in new[] { PartyRole.Recipient, PartyRole.KtkRepresentative })
        {
            if (findings.Participants.All(p => p.Role != role)) return $"{role} did not take part";
        }

        foreach (var p in findings.Participants)
        {
            var matches = p.Role switch
            {
                PartyRole.Recipient or PartyRole.Spouse or PartyRole.KtkRepresentative =>
                    app.Parties.Any(party => party.Role == p.Role && party.IdentifierCase == Party.IdentifierOneofCase.Iin && party.Iin == p.Iin),
                PartyRole.Registrar => p.Iin == findings.RegistrarIin,
                _ => false, // guarantors and KTK itself do not take part in the session (A.21)
            };
            if (!matches) return $"{p.Role} {p.Iin} is not the application's party";
        }

        return null;
    }

    /// <summary>
    /// Seed 000: a termination of the lease encumbrance that carries the court decision (a non-empty COURT_DECISION
    /// document whose copy is certified with KTK's EDS; the signature itself is checked with every other one).
    /// </summary>
    private static bool IsCourtOrderedTermination(Application app, string ktk) =>
        app.Kind == ApplicationKind.LeaseEncumbranceTermination
        && app.Documents.Any(d => d.Kind == DocumentKind.CourtDecision && !d.Content.IsEmpty && d.Signatures.Any(s => s.ExpectedSigner == ktk));

    private static VideoSessionFindings? ParseFindings(VideoSessionVerdict? verdict)
    {
        if (verdict is null || verdict.Findings.IsEmpty)
        {
            return null;
        }

        try
        {
            return VideoSessionFindings.Parser.ParseFrom(verdict.Findings);
        }
        catch (InvalidProtocolBufferException)
        {
            return null;
        }
    }

    private static string? NullIfEmpty(string s) => string.IsNullOrEmpty(s) ? null : s;
}
