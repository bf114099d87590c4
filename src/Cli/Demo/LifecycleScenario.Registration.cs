using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RentToOwn.Cli.Demo;

/// <summary>The registration steps of <see cref="LifecycleScenario"/>: A.19–A.28 for the lease, A.29–A.37 for the closing.</summary>
public sealed partial class LifecycleScenario
{
    private readonly List<(string Label, JsonElement Verdict)> _verdicts = [];

    // A.19–A.28: KTK forms the application from the signed contract; the tenant consents and signs; the registrar's
    // video-session verdict; the tenant pays the fee; the gateway submits to the cadastre; the cadastre registers.
    internal async Task<string> RegisterLeaseAsync(DemoParties p, Guid leaseId, DemoContract contract, CancellationToken ct)
    {
        var id = await FormAndSignAsync(p, p.Tenant, leaseId, ct);
        await VideoSessionAsync(p, id, "A.21", ct);
        await PayFeeAsync(p.Tenant, id, "the registration fee (A.22)", ct);
        return await AwaitDecisionAsync(p.Tenant, id, "lease encumbrance", ct);
    }

    /// <summary>
    /// A.19–A.20, A.22: KTK forms the lease-encumbrance application; <paramref name="tenant"/> consents and signs it; KTK's
    /// authorised person (the officer, an EDS carrying KTK's BIN) certifies it.
    /// </summary>
    internal async Task<Guid> FormAndSignAsync(DemoParties p, DemoUser tenant, Guid leaseId, CancellationToken ct)
    {
        var formed = await DemoUser.Json(await p.Officer.Http.PostAsJsonAsync("api/registrations", new { leaseId }, ct), "officer: form the registration application (A.19)", ct);
        var id = formed.GetProperty("id").GetGuid();
        log.WriteLine($"officer formed the lease-encumbrance application {id} (A.19)");
        await ConsentAndSignAsync(tenant, tenant, id, "lease encumbrance", ct);
        var document = await p.Officer.Http.GetByteArrayAsync($"api/registrations/{id}/form", ct);
        await DemoUser.Json(await p.Officer.Http.PostAsJsonAsync($"api/registrations/{id}/ktk-signature", new { cms = p.Officer.Sign(document) }, ct),
            "officer: certify the application for KTK (A.22)", ct);
        log.WriteLine("KTK's authorised person certified the lease-encumbrance application with EDS (A.22)");
        return id;
    }

    // A.29–A.37: the termination (signed by KTK's head, fee paid by KTK) and the ownership (signed and paid by the tenant);
    // the tenant's ДҚБ consent for each; one A.30 session whose verdict serves both.
    private async Task<(string Termination, string Ownership)> RegisterClosingAsync(DemoParties p, Guid leaseId, JsonElement closing, CancellationToken ct)
    {
        var termination = closing.GetProperty("terminationRegistrationId").GetGuid();
        var ownership = closing.GetProperty("ownershipRegistrationId").GetGuid();
        await ConsentAndSignAsync(p.Tenant, p.Head, termination, "termination", ct);
        await ConsentAndSignAsync(p.Tenant, p.Tenant, ownership, "ownership", ct);
        await VideoSessionAsync(p, termination, "A.30", ct);
        await PayFeeAsync(p.Officer, termination, "the termination fee (A.31, paid by KTK)", ct);
        await PayFeeAsync(p.Tenant, ownership, "the ownership fee (A.31)", ct);
        var t = await AwaitDecisionAsync(p.Officer, termination, "termination", ct);
        var o = await AwaitDecisionAsync(p.Tenant, ownership, "ownership", ct);
        var view = await DemoUser.Json(await p.Tenant.Http.GetAsync($"api/term/{leaseId}/closing", ct), "tenant: closing", ct);
        log.WriteLine($"closing: {view.GetProperty("state").GetString()} — {view.GetProperty("nextStep").GetString()}");
        return (t, o);
    }

    // A.20, A.29, A.31: the tenant's ДҚБ consent, then the applicant's EDS over the application form.
    private async Task ConsentAndSignAsync(DemoUser tenant, DemoUser applicant, Guid id, string what, CancellationToken ct)
    {
        var form = await DemoUser.Json(await tenant.Http.GetAsync($"api/registrations/{id}/consent-form?language=kk", ct), $"tenant: consent form ({what})", ct);
        var consent = Convert.FromBase64String(form.GetProperty("document").GetString()!);
        await DemoUser.Json(await tenant.Http.PostAsJsonAsync($"api/registrations/{id}/consent", new { language = "kk", cms = tenant.Sign(consent) }, ct),
            $"tenant: consent ({what})", ct);
        var document = await applicant.Http.GetByteArrayAsync($"api/registrations/{id}/form", ct);
        await DemoUser.Json(await applicant.Http.PostAsJsonAsync($"api/registrations/{id}/signature", new { cms = applicant.Sign(document) }, ct),
            $"{applicant.Role}: sign the {what} application", ct);
        log.WriteLine($"tenant gave the ДҚБ consent; {applicant.Role} signed the {what} application");
    }

    // A.21/A.30, A.23: KTK schedules the session for the application: the tenant and the spouse are its parties, KTK
    // chooses the registrar and its representative (the officer). Each joins the room over the signalling hub (no media is
    // needed headless) and proves their identity with their AUTH key; the registrar signs the verdict once (signatures
    // authentic, capacity, free will, both spouses present): the findings, naming the application, that the cadastre
    // checks against the application's parties; the platform attaches them to the application(s) it serves (A.30: the pair).
    private async Task VideoSessionAsync(DemoParties p, Guid subject, string point, CancellationToken ct)
    {
        var participants = new[] { p.Officer, p.Tenant, p.Spouse, p.Registrar };
        var session = await ScheduleSessionAsync(p, subject, point, ct);
        var rooms = new List<DemoSignalling>();
        string sha256;
        try
        {
            await JoinAndProveAsync(session, participants, rooms, ct);
            var prepared = await DemoUser.Json(await PrepareVerdictAsync(p, session, ct), "registrar: prepare the verdict", ct);
            // A.21: the registrar signs once — the cadastre's findings bytes; the platform attaches them to the application(s).
            var findings = prepared.GetProperty("findings").GetString()!;
            sha256 = prepared.GetProperty("findingsSha256").GetString()!;
            var verdict = await DemoUser.Json(await p.Registrar.Http.PostAsJsonAsync($"api/video-sessions/{session}/verdict",
                new { findings, cms = p.Registrar.Sign(Convert.FromBase64String(findings)), remark = prepared.GetProperty("remark").GetString() }, ct),
                "registrar: sign and record the verdict", ct);
            if (!verdict.GetProperty("confirmed").GetBoolean()) throw new DemoException($"{point}: the registrar's verdict is not confirmed");
            _verdicts.Add(($"{point} verdict (registrar)", verdict));
        }
        finally
        {
            foreach (var room in rooms) await room.DisposeAsync();
        }

        log.WriteLine($"{point} video session {session} for application {subject}: officer, tenant, spouse and registrar joined and proved their identity with EDS; the registrar signed the verdict findings once (sha256 {sha256}), attached to the application(s) it serves");
    }

    /// <summary>
    /// A.21: the registration session where <paramref name="absent"/> never joins; everyone else joins and proves their
    /// identity, and the registrar asks to prepare the verdict. Returns the platform's HTTP status and body (nothing thrown).
    /// </summary>
    internal async Task<(int Status, string Body)> VerdictWithoutAsync(DemoParties p, Guid subject, DemoUser absent, CancellationToken ct)
    {
        var participants = new[] { p.Officer, p.Tenant, p.Spouse, p.Registrar };
        var session = await ScheduleSessionAsync(p, subject, "A.21", ct);
        var rooms = new List<DemoSignalling>();
        try
        {
            await JoinAndProveAsync(session, participants.Where(u => u != absent), rooms, ct);
            log.WriteLine($"A.21 video session {session}: everyone but the {absent.Role} joined and proved their identity");
            var r = await PrepareVerdictAsync(p, session, ct);
            return ((int)r.StatusCode, await r.Content.ReadAsStringAsync(ct));
        }
        finally
        {
            foreach (var room in rooms) await room.DisposeAsync();
        }
    }

    /// <summary>A.21: the session of an unmarried <paramref name="tenant"/> (KTK representative, tenant, registrar), verdict signed.</summary>
    internal async Task UnmarriedVideoSessionAsync(DemoParties p, DemoUser tenant, Guid subject, CancellationToken ct)
    {
        var participants = new[] { p.Officer, tenant, p.Registrar };
        var session = await ScheduleSessionAsync(p, subject, "A.21", ct);
        var rooms = new List<DemoSignalling>();
        try
        {
            await JoinAndProveAsync(session, participants, rooms, ct);
            var prepared = await DemoUser.Json(await PrepareVerdictAsync(p, session, ct), "registrar: prepare the verdict", ct);
            var findings = prepared.GetProperty("findings").GetString()!;
            await DemoUser.Json(await p.Registrar.Http.PostAsJsonAsync($"api/video-sessions/{session}/verdict",
                new { findings, cms = p.Registrar.Sign(Convert.FromBase64String(findings)), remark = prepared.GetProperty("remark").GetString() }, ct),
                "registrar: sign and record the verdict", ct);
        }
        finally
        {
            foreach (var room in rooms) await room.DisposeAsync();
        }

        log.WriteLine($"A.21 video session {session}: officer, {tenant.Role} and registrar joined and proved their identity; the registrar signed the verdict");
    }

    // A.21, A.30: the session is scheduled for the application; the officer picks the registrar among the accounts that exist.
    private static async Task<Guid> ScheduleSessionAsync(DemoParties p, Guid application, string point, CancellationToken ct)
    {
        var staff = await DemoUser.Json(await p.Officer.Http.GetAsync("api/video-sessions/staff", ct), "officer: registrars and KTK representatives", ct);
        var iin = p.Registrar.Party.Iin;
        var registrar = staff.EnumerateArray().FirstOrDefault(s => s.GetProperty("role").GetString() == "Registrar"
            && s.GetProperty("maskedIin").GetString() == iin[..2] + "******" + iin[8..]);
        if (registrar.ValueKind != JsonValueKind.Object) throw new DemoException($"{point}: the registrar {p.Registrar.Party.Name} has no platform account");
        var scheduled = await DemoUser.Json(await p.Officer.Http.PostAsJsonAsync("api/video-sessions", new
        {
            applicationId = application, scheduledAt = DateTimeOffset.UtcNow, registrarAccountId = registrar.GetProperty("accountId").GetGuid(),
        }, ct), $"officer: schedule the {point} video session", ct);
        return scheduled.GetProperty("id").GetGuid();
    }

    private static async Task JoinAndProveAsync(Guid session, IEnumerable<DemoUser> users, List<DemoSignalling> rooms, CancellationToken ct)
    {
        foreach (var user in users)
        {
            rooms.Add(await DemoSignalling.JoinAsync(user, session, ct));
            var challenge = await DemoUser.Json(await user.Http.PostAsync($"api/video-sessions/{session}/identity/challenge", null, ct), $"{user.Role}: identity challenge", ct);
            var data = Convert.FromBase64String(challenge.GetProperty("data").GetString()!);
            await DemoUser.Json(await user.Http.PostAsJsonAsync($"api/video-sessions/{session}/identity",
                new { token = challenge.GetProperty("token").GetString(), cms = user.Sign(data, "auth") }, ct), $"{user.Role}: identity in the video session", ct);
        }
    }

    private static Task<HttpResponseMessage> PrepareVerdictAsync(DemoParties p, Guid session, CancellationToken ct) =>
        p.Registrar.Http.PostAsJsonAsync($"api/video-sessions/{session}/verdict/prepare",
            new { signaturesAuthentic = true, legalCapacity = true, freeWill = true, spousesPresent = true, remark = "rto demo" }, ct);

    internal async Task PayFeeAsync(DemoUser payer, Guid id, string what, CancellationToken ct)
    {
        var fee = await DemoUser.Json(await payer.Http.PostAsync($"api/registrations/{id}/fee", null, ct), $"{payer.Role}: order {what}", ct);
        await DemoPayments.PayAsync(payer, fee.GetProperty("paymentId").GetGuid(), what, log, ct);
    }

    // The gateway submits through its outbox; the in-process cadastre simulator decides (A.23–A.28, A.32–A.36). The platform
    // answers when the status moves on (?wait=…&whileStatus=…), so the driver does not poll.
    internal async Task<string> AwaitDecisionAsync(DemoUser viewer, Guid id, string what, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        string? last = null;
        while (true)
        {
            var query = last is null ? "" : $"?wait=20&whileStatus={Uri.EscapeDataString(last)}";
            var view = await DemoUser.Json(await viewer.Http.GetAsync($"api/registrations/{id}{query}", ct), $"{viewer.Role}: registration {what}", ct);
            var status = view.GetProperty("status").GetString()!;
            if (status != last)
            {
                log.WriteLine($"{what}: {status}");
                last = status;
            }

            if (status == Registered)
            {
                log.WriteLine($"{what}: REGISTERED, entry {view.GetProperty("entryNumber").GetString()}");
                return status;
            }

            if (status is "SUSPENDED" or "REFUSED")
            {
                var reason = view.GetProperty("reason");
                // A.34: an ownership application that reached the cadastre before the termination was registered waits for
                // it (art. 27) and resumes by itself; the driver waits too (seen after a crash and restart, issue 17 §3).
                if (status == "SUSPENDED" && reason.ValueKind == JsonValueKind.Object && reason.TryGetProperty("code", out var code)
                    && code.GetString() == "ART27_AWAITING_TERMINATION")
                {
                    if (DateTime.UtcNow > deadline) throw new DemoException($"{what}: still waiting for the termination after 90 s ({reason.GetRawText()})");
                    continue;
                }

                throw new DemoException($"{what}: {status} ({(reason.ValueKind == JsonValueKind.Object ? reason.GetRawText() : "no reason")})");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new DemoException($"{what}: no decision within 90 s (status {status}, missing {view.GetProperty("missing").GetRawText()})");
            }
        }
    }

    // The registrar's verdicts: CMS, ledger receipt (and chain).
    private async Task VerifyVerdictsAsync(DemoVerifier verifier, CancellationToken ct)
    {
        foreach (var (label, v) in _verdicts)
        {
            var receipt = JsonNode.Parse(v.GetProperty("ledgerReceipt").GetString()!)!.AsObject();
            await verifier.VerifyReceiptAsync(label, Convert.FromBase64String(v.GetProperty("documentBase64").GetString()!),
                Convert.FromBase64String(v.GetProperty("signatureBase64").GetString()!), receipt, ct);
        }
    }
}
