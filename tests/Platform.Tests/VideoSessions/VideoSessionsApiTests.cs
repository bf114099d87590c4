using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Records;
using Google.Protobuf;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Security;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.VideoSessions;
using RentToOwn.Platform.VideoSessions.Model;
using RentToOwn.Platform.VideoSessions.Verdicts;
using static RentToOwn.Platform.Tests.VideoSessions.VideoSessionSetup;

namespace RentToOwn.Platform.Tests.VideoSessions;

/// <summary>Scheduling, authorization and the signed verdict over the real app (A.21, A.23, A.30).</summary>
public sealed class VideoSessionsApiTests : IAsyncLifetime
{
    private readonly PlatformFactory _app = new();

    public Task InitializeAsync() => WaitForDemoUsersAsync(_app);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private sealed record Prepared(string Findings, bool Confirmed, string Remark, List<string> Readable, string FindingsSha256);

    private static object Checklist(bool spouses = true) =>
        new { signaturesAuthentic = true, legalCapacity = true, freeWill = true, spousesPresent = spouses, remark = "Сәйкес" };

    private async Task MarkJoinedAsync(Guid sessionId, params string[] roles)
    {
        using var scope = _app.Services.CreateScope();
        var sessions = scope.ServiceProvider.GetRequiredService<VideoSessionService>();
        foreach (var role in roles)
        {
            var account = (await _app.AddUserAsync(Iin(_app, role), "", PlatformRoles.None)).Id;
            var joined = await sessions.JoinAsync(sessionId, account, "test-" + role, CancellationToken.None);
            Assert.True(joined.Succeeded, joined.Error);
            // A.21: identity proved in the room (IdentityProofTests prove it with the AUTH key; here it is taken as done).
            await _app.WithDbAsync(db => db.Set<VideoSessionParticipant>().Where(p => p.SessionId == sessionId && p.AccountId == account)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.IdentityConfirmedAt, _app.Time.GetUtcNow())));
        }
    }

    private async Task<Prepared> PrepareAsync(HttpClient registrar, Guid id, object? checklist = null)
    {
        var r = await registrar.PostAsJsonAsync($"/api/video-sessions/{id}/verdict/prepare", checklist ?? Checklist());
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return (await r.Content.ReadFromJsonAsync<Prepared>())!;
    }

    // A.21: a session with every party joined and identified, and the registrar's findings prepared (the client is the registrar's).
    private async Task<Room> PreparedRoomAsync(string label)
    {
        var s = await ScheduleAsync(_app, label);
        await MarkJoinedAsync(s.Id, "ktk-officer", "tenant", "spouse", "registrar");
        var registrar = await _app.SignedInClientAsync(Iin(_app, "registrar"));
        return new Room(s, registrar, await PrepareAsync(registrar, s.Id));
    }

    private sealed record Room(Scheduled Session, HttpClient Registrar, Prepared Prepared) : IDisposable
    {
        public void Dispose() => Registrar.Dispose();
    }

    private static Task<HttpResponseMessage> RecordAsync(HttpClient client, Guid id, string findings, string cms, string? remark = null) =>
        client.PostAsJsonAsync($"/api/video-sessions/{id}/verdict", new { findings, cms, remark });

    [Fact]
    public async Task Officer_schedules_and_the_registrar_lists_only_their_own_sessions()
    {
        var otherRegistrar = TestIins.Make("750505", '3', 4242);
        await _app.AddUserAsync(otherRegistrar, "Other Registrar", PlatformRoles.Registrar);
        var mine = await ScheduleAsync(_app, "APP-2026-0001");
        var theirs = await ScheduleAsync(_app, "APP-2026-0002", registrarIin: otherRegistrar);

        using var registrar = await _app.SignedInClientAsync(Iin(_app, "registrar"));
        var list = await registrar.GetFromJsonAsync<List<VideoSessionsApi.SessionListItem>>("/api/video-sessions/registrar");
        Assert.Equal([mine.Id], list!.Select(s => s.Id));
        Assert.Equal("Registrar", list![0].MyRole);

        var page = await registrar.GetStringAsync("/Registrar/VideoSessions");
        Assert.Contains(mine.SubjectId, page);
        Assert.DoesNotContain(theirs.SubjectId, page);
        Assert.Equal(HttpStatusCode.Forbidden, (await registrar.GetAsync($"/api/video-sessions/{theirs.Id}")).StatusCode);

        // The registrar sees masked IINs; the tenant sees roles and names only.
        var view = await registrar.GetFromJsonAsync<JsonObject>($"/api/video-sessions/{mine.Id}");
        var tenantIin = Iin(_app, "tenant");
        var tenantCard = view!["participants"]!.AsArray().Single(p => p!["role"]!.GetValue<string>() == "Tenant")!;
        Assert.Equal(tenantIin[..2] + "******" + tenantIin[8..], tenantCard["maskedIin"]!.GetValue<string>());
        Assert.DoesNotContain(tenantIin, view!.ToJsonString());
        using var tenant = await _app.SignedInClientAsync(tenantIin);
        var tenantView = await tenant.GetFromJsonAsync<JsonObject>($"/api/video-sessions/{mine.Id}");
        Assert.All(tenantView!["participants"]!.AsArray(), p => Assert.Equal("", p!["maskedIin"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Forbidden, (await tenant.GetAsync("/api/video-sessions/registrar")).StatusCode);
    }

    [Fact]
    public async Task Only_an_officer_schedules_and_bad_requests_are_refused_with_reasons()
    {
        var application = await ApplicationAsync(_app, "RTO-BAD-1");
        using var tenant = await _app.SignedInClientAsync(Iin(_app, "tenant"));
        Assert.Equal(HttpStatusCode.Forbidden, (await tenant.PostAsJsonAsync("/api/video-sessions", await RequestAsync(_app, application))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tenant.GetAsync("/api/video-sessions/staff")).StatusCode);
        using var anonymous = _app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/video-sessions", await RequestAsync(_app, application))).StatusCode);

        using var officer = await _app.SignedInClientAsync(Iin(_app, "ktk-officer"));
        async Task<string> Refused(object body, HttpStatusCode status = HttpStatusCode.BadRequest)
        {
            var r = await officer.PostAsJsonAsync("/api/video-sessions", body);
            Assert.Equal(status, r.StatusCode);
            return await r.Content.ReadAsStringAsync();
        }

        var registrar = await AccountAsync(_app, "registrar");
        var at = _app.Time.GetUtcNow().AddMinutes(10);
        // A.21: a session is held for an application that exists.
        Refusal.Shown(await Refused(new { applicationId = Guid.NewGuid(), scheduledAt = at, registrarAccountId = registrar }, HttpStatusCode.NotFound), "registration.refused.no_application");
        Refusal.Shown(await Refused(new { scheduledAt = at, registrarAccountId = registrar }), "video.refused.application_required");
        Refusal.Shown(await Refused(new { applicationId = application, scheduledAt = at }), "video.refused.registrar_required");
        Refusal.Shown(await Refused(await RequestAsync(_app, application, at: _app.Time.GetUtcNow().AddDays(-1))), "video.refused.in_past");
        // The spouse's account is not a registrar; the tenant's is not KTK's representative.
        Refusal.Shown(await Refused(await RequestAsync(_app, application, registrarIin: Iin(_app, "spouse"))), "video.refused.no_cabinet", "Registrar", "Registrar");
        Refusal.Shown(await Refused(new { applicationId = application, scheduledAt = at, registrarAccountId = registrar, ktkRepresentativeAccountId = await AccountAsync(_app, "tenant") }), "video.refused.no_cabinet", "KtkRepresentative", "Officer");
        Refusal.Shown(await Refused(new { applicationId = application, scheduledAt = at, registrarAccountId = Guid.NewGuid() }), "video.refused.no_account_id", "Registrar");
        // The application's tenant has no platform account yet: nothing is scheduled.
        var stranger = TestIins.Make("010101", '5', 77);
        await _app.WithDbAsync(db => db.Leases.Where(l => l.Number == "RTO-BAD-1").ExecuteUpdateAsync(u => u.SetProperty(l => l.TenantIin, stranger)));
        Refusal.Shown(await Refused(await RequestAsync(_app, application)), "video.refused.no_account_yet", "Tenant", new Outcome.Text("video.refused.source.tenant"));
        // A registered (final) application needs no session.
        var registered = await ApplicationAsync(_app, "RTO-BAD-2");
        await _app.WithDbAsync(db => db.Set<RentToOwn.Platform.Registration.Model.RegistrationApplication>().Where(a => a.Id == registered)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, RentToOwn.Platform.Registration.Model.RegistrationStatus.Registered)));
        Refusal.Shown(await Refused(await RequestAsync(_app, registered), HttpStatusCode.Conflict), "registration.refused.final_no_session");
        Assert.Empty(await _app.WithDbAsync(db => db.Set<VideoSession>().ToListAsync()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A21_the_participants_are_the_applications_parties_not_typed_in(bool married)
    {
        var application = await ApplicationAsync(_app, married ? "RTO-PARTIES-M" : "RTO-PARTIES-S", married);
        using var officer = await _app.SignedInClientAsync(Iin(_app, "ktk-officer"));
        // Anything typed in beside the application is not a participant: the old typed-in list is ignored.
        var stranger = TestIins.Make("880808", '4', 5151);
        await _app.AddUserAsync(stranger, "Stranger Tenant", PlatformRoles.Tenant | PlatformRoles.Spouse);
        var r = await officer.PostAsJsonAsync("/api/video-sessions", new
        {
            applicationId = application, scheduledAt = _app.Time.GetUtcNow().AddMinutes(10), registrarAccountId = await AccountAsync(_app, "registrar"),
            tenantMarried = !married, participants = new[] { new { role = "Tenant", iin = stranger }, new { role = "Spouse", iin = stranger } },
        });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var s = (await r.Content.ReadFromJsonAsync<Scheduled>())!;
        Assert.Equal(application.ToString(), s.SubjectId);
        Assert.Equal("Registration", s.Kind);
        var session = await _app.WithDbAsync(db => db.Set<VideoSession>().Include(x => x.Participants).SingleAsync(x => x.Id == s.Id));
        var expected = new List<(ParticipantRole, string)>
        {
            (ParticipantRole.KtkRepresentative, Iin(_app, "ktk-officer")), (ParticipantRole.Tenant, Iin(_app, "tenant")), (ParticipantRole.Registrar, Iin(_app, "registrar")),
        };
        if (married) expected.Add((ParticipantRole.Spouse, Iin(_app, "spouse")));
        Assert.Equal(expected.OrderBy(x => x.Item1), session.Participants.Select(p => (p.Role, p.Iin)).OrderBy(x => x.Item1));
        Assert.Equal(married, session.TenantMarried);
        Assert.DoesNotContain(session.Participants, p => p.Iin == stranger);
    }

    [Fact]
    public async Task A_participant_of_one_session_cannot_open_another()
    {
        var a = await ScheduleAsync(_app, "APP-A");
        var stranger = TestIins.Make("880808", '4', 5151);
        await _app.AddUserAsync(stranger, "Stranger Tenant", PlatformRoles.Tenant);
        var b = await ScheduleAsync(_app, "APP-B", married: false);
        using var spouse = await _app.SignedInClientAsync(Iin(_app, "spouse"));
        Assert.Equal(HttpStatusCode.OK, (await spouse.GetAsync($"/api/video-sessions/{a.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await spouse.GetAsync($"/api/video-sessions/{b.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await spouse.PostAsJsonAsync($"/api/video-sessions/{b.Id}/identity/challenge", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await spouse.GetAsync($"/VideoSessions/Room/{b.Id}")).StatusCode);
        using var outsider = await _app.SignedInClientAsync(stranger);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/video-sessions/{a.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/video-sessions/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_non_registrar_cannot_record_a_verdict()
    {
        using var room = await PreparedRoomAsync("APP-NR");
        var (s, registrar, prepared) = room;

        // The tenant (a participant, but not the registrar) and the KTK officer are refused.
        foreach (var role in new[] { "tenant", "ktk-officer" })
        {
            using var client = await _app.SignedInClientAsync(Iin(_app, role));
            var cms = Sign(_app, role, Convert.FromBase64String(prepared.Findings));
            Assert.Equal(HttpStatusCode.Forbidden, (await RecordAsync(client, s.Id, prepared.Findings, cms)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/video-sessions/{s.Id}/verdict/prepare", Checklist())).StatusCode);
        }

        // A registrar who is not this session's registrar.
        var other = TestIins.Make("760606", '4', 6161);
        await _app.AddUserAsync(other, "Other Registrar", PlatformRoles.Registrar);
        using var otherRegistrar = await _app.SignedInClientAsync(other);
        Assert.Equal(HttpStatusCode.Forbidden, (await RecordAsync(otherRegistrar, s.Id, prepared.Findings, Sign(_app, "registrar", Convert.FromBase64String(prepared.Findings)))).StatusCode);
        Assert.Null(await _app.Services.CreateScope().ServiceProvider.GetRequiredService<RegistrarVerdicts>().ForSessionAsync(s.Id));
    }

    [Fact]
    public async Task Unsigned_garbage_wrong_signer_wrong_key_and_altered_verdicts_are_refused()
    {
        using var room = await PreparedRoomAsync("APP-BAD");
        var (s, registrar, prepared) = room;
        var findings = Convert.FromBase64String(prepared.Findings);

        async Task<string> Refused(string document, string cms)
        {
            var r = await RecordAsync(registrar, s.Id, document, cms);
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            return await r.Content.ReadAsStringAsync();
        }

        string Of(VideoSessionFindings f) => Convert.ToBase64String(f.ToByteArray());

        Refusal.Shown(await Refused(prepared.Findings, ""), "video.refused.verdict_unsigned");
        Refusal.Shown(await Refused(prepared.Findings, "%%%not base64%%%"), "video.refused.findings_base64");
        Refusal.Shown(await Refused(prepared.Findings, Convert.ToBase64String(Encoding.ASCII.GetBytes("garbage, not a CMS"))), "signing.refused.not_accepted");
        // Signed, but by the tenant: the registrar's IIN and the State Corporation's BIN are required.
        Refusal.Shown(await Refused(prepared.Findings, Sign(_app, "tenant", findings)), "signing.refused.not_accepted");
        // The registrar's AUTH key is not a signing key.
        Refusal.Shown(await Refused(prepared.Findings, Sign(_app, "registrar", findings, purpose: "auth")), "signing.refused.not_accepted");
        // A.21: a signature over other bytes than the findings (e.g. the old JSON verdict document) is refused, saying so.
        var otherBytes = Sign(_app, "registrar", Encoding.UTF8.GetBytes("{\"type\":\"rto-registrar-verdict/v1\"}"));
        Refusal.Mentions(await Refused(prepared.Findings, otherBytes), "signing.name.verdict");
        Refusal.Mentions(await Refused(prepared.Findings, Sign(_app, "registrar", [.. findings, 0x20])), "signing.name.verdict");
        // Altered findings with a valid signature over the altered bytes: a participant the session never had; the KTK officer,
        // who never joined, added. (Flipped checks are not "altered": they are a negative verdict the registrar signed.)
        var parsed = VideoSessionFindings.Parser.ParseFrom(findings);
        var stranger = parsed.Clone();
        stranger.Participants.Add(new Party { Role = PartyRole.Guarantor, Iin = TestIins.Make("880808", '4', 5151) });
        Refusal.Shown(await Refused(Of(stranger), Sign(_app, "registrar", stranger.ToByteArray())), "video.refused.findings_changed");
        var officer = parsed.Clone();
        officer.Participants.Insert(0, new Party { Role = PartyRole.KtkRepresentative, Iin = Iin(_app, "ktk-officer") });
        Refusal.Shown(await Refused(Of(officer), Sign(_app, "registrar", officer.ToByteArray())), "video.refused.findings_changed");
        // Findings of another session or another registrar.
        var elsewhere = parsed.Clone();
        elsewhere.SessionId = Guid.NewGuid().ToString();
        Refusal.Shown(await Refused(Of(elsewhere), Sign(_app, "registrar", elsewhere.ToByteArray())), "video.refused.findings_other");
        var notFindings = Encoding.UTF8.GetBytes("{ not protobuf");
        Assert.Contains("not a VideoSessionFindings message", await Refused(Convert.ToBase64String(notFindings), Sign(_app, "registrar", notFindings)));
        // Expired findings.
        _app.Time.Advance(TimeSpan.FromMinutes(31));
        Refusal.Shown(await Refused(prepared.Findings, Sign(_app, "registrar", findings)), "video.refused.findings_expired");
        Assert.Null(await _app.Services.CreateScope().ServiceProvider.GetRequiredService<RegistrarVerdicts>().ForSessionAsync(s.Id));
    }

    [Fact]
    public async Task Spouses_present_cannot_be_ticked_when_the_log_shows_the_spouse_never_joined()
    {
        var s = await ScheduleAsync(_app, "APP-SP");
        await MarkJoinedAsync(s.Id, "tenant");
        using var registrar = await _app.SignedInClientAsync(Iin(_app, "registrar"));
        var r = await registrar.PostAsJsonAsync($"/api/video-sessions/{s.Id}/verdict/prepare", Checklist());
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Contains("A.23", await r.Content.ReadAsStringAsync());
        // A.21: without the tick there is still no verdict: the spouse of a married tenant must be in the room.
        var untick = await registrar.PostAsJsonAsync($"/api/video-sessions/{s.Id}/verdict/prepare", Checklist(spouses: false));
        Assert.Equal(HttpStatusCode.Conflict, untick.StatusCode);
        Assert.Contains("A.21", await untick.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Tenant", "ktk-officer,spouse,registrar")]
    [InlineData("KtkRepresentative", "tenant,spouse,registrar")]
    [InlineData("Registrar", "ktk-officer,tenant,spouse")]
    public async Task A21_no_verdict_when_a_party_never_joined_and_proved_identity(string absent, string present)
    {
        var s = await ScheduleAsync(_app, "APP-ABS-" + absent);
        await MarkJoinedAsync(s.Id, present.Split(','));
        using var registrar = await _app.SignedInClientAsync(Iin(_app, "registrar"));
        var r = await registrar.PostAsJsonAsync($"/api/video-sessions/{s.Id}/verdict/prepare", Checklist());
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        var body = await r.Content.ReadAsStringAsync();
        Refusal.Shown(body, "video.refused.parties_absent");
        Assert.Contains(absent, Refusal.Detail(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A21_joining_without_proving_identity_is_not_enough()
    {
        var s = await ScheduleAsync(_app, "APP-NOID");
        await MarkJoinedAsync(s.Id, "ktk-officer", "tenant", "spouse", "registrar");
        await _app.WithDbAsync(db => db.Set<VideoSessionParticipant>().Where(p => p.SessionId == s.Id && p.Role == ParticipantRole.Tenant)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.IdentityConfirmedAt, (DateTimeOffset?)null)));
        using var registrar = await _app.SignedInClientAsync(Iin(_app, "registrar"));
        var r = await registrar.PostAsJsonAsync($"/api/video-sessions/{s.Id}/verdict/prepare", Checklist());
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        var body = await r.Content.ReadAsStringAsync();
        Refusal.Shown(body, "video.refused.parties_absent");
        Assert.Contains("Tenant", Refusal.Detail(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_verdict_goes_to_the_ledger_and_its_receipt_verifies()
    {
        using var room = await PreparedRoomAsync("APP-OK");
        var (s, registrar, prepared) = room;
        Assert.True(prepared.Confirmed);
        var doc = Convert.FromBase64String(prepared.Findings);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(doc)), prepared.FindingsSha256);

        // A.21: what the registrar signs is the cadastre's findings: the session, the registrar, everyone who joined, the checks.
        var findings = VideoSessionFindings.Parser.ParseFrom(doc);
        Assert.Equal(s.Id.ToString(), findings.SessionId);
        // A.21: the findings name the application the session was held for.
        Assert.Equal(s.SubjectId, findings.ApplicationReference);
        Assert.Equal(Iin(_app, "registrar"), findings.RegistrarIin);
        Assert.Equal(
            new[] { (PartyRole.KtkRepresentative, Iin(_app, "ktk-officer")), (PartyRole.Recipient, Iin(_app, "tenant")), (PartyRole.Spouse, Iin(_app, "spouse")), (PartyRole.Registrar, Iin(_app, "registrar")) },
            findings.Participants.Select(p => (p.Role, p.Iin)));
        Assert.True(findings.CapacityConfirmed && findings.FreeWillConfirmed && findings.SignaturesConfirmed);
        // ...and the registrar reads it back (masked IINs, as elsewhere in the cabinet), with the remark kept beside it.
        var readable = string.Join("\n", prepared.Readable);
        Assert.Contains(s.Id.ToString(), readable);
        Assert.Contains(s.SubjectId, readable);
        Assert.Contains(IinMask.Mask(Iin(_app, "spouse")), readable);
        Assert.DoesNotContain(Iin(_app, "spouse"), readable);
        Assert.Contains(prepared.FindingsSha256, readable);
        Assert.Equal("Сәйкес", prepared.Remark);

        var r = await RecordAsync(registrar, s.Id, prepared.Findings, Sign(_app, "registrar", doc, algorithm: "gost"), prepared.Remark);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var verdict = (await r.Content.ReadFromJsonAsync<RegistrarVerdictView>())!;
        Assert.True(verdict.Confirmed);

        // The query other code uses to attach the verdict to the cadastre application.
        using var scope = _app.Services.CreateScope();
        var found = await scope.ServiceProvider.GetRequiredService<RegistrarVerdicts>().FindAsync(s.SubjectId, VideoSessionKind.Registration);
        Assert.NotNull(found);
        Assert.Equal(verdict.LedgerIndex, found.LedgerIndex);
        // The verdict links its receipt like every other ledger-backed row: by ReceiptId to ledger_receipts.
        Assert.Equal(verdict.ReceiptId, found.ReceiptId);
        var linked = await _app.WithDbAsync(db => db.LedgerReceipts.AsNoTracking().SingleAsync(x => x.Id == verdict.ReceiptId));
        Assert.Equal(("RegistrarVerdict", verdict.LedgerIndex, verdict.LedgerReceipt), (linked.Kind, linked.LeafIndex, linked.ReceiptJson));
        Assert.Equal(prepared.Findings, found.DocumentBase64);
        Assert.Equal("Сәйкес", found.Remark);

        // The receipt verifies offline with the log's and the witness's public keys; the record is PII-free.
        var ledgerDir = Path.Combine(_app.DataDirectory, new RentToOwn.Platform.Ledger.LedgerOptions().Directory);
        var verifier = new BundleVerifier(NoteVerifierKey.Parse(File.ReadAllText(Path.Combine(ledgerDir, "log.pub")).Trim()),
            [NoteVerifierKey.Parse(File.ReadAllText(Path.Combine(ledgerDir, "witness.pub")).Trim())], 1);
        var bundle = ReceiptJson.ToBundle(JsonNode.Parse(found.LedgerReceipt)!.AsObject());
        var result = await verifier.VerifyAsync(bundle);
        Assert.True(result.IsValid, result.Reason);
        var record = BundleJson.FromBundle(bundle.Record);
        Assert.Equal(RecordKind.RegistrarVerdict, record.Kind);
        Assert.Equal(s.SubjectId, record.SubjectId);
        Assert.Equal(Sha256Digest.Of(doc), record.DocumentSha256);
        Assert.Equal(Sha256Digest.Of(Convert.FromBase64String(found.SignatureBase64)), record.SignatureSha256);
        Assert.Equal("registrar", record.Role);
        Assert.DoesNotContain(Iin(_app, "registrar"), found.LedgerReceipt);

        // One verdict per session; the room is closed afterwards.
        var again = await RecordAsync(registrar, s.Id, prepared.Findings, Sign(_app, "registrar", doc));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var tenant = await _app.SignedInClientAsync(Iin(_app, "tenant"));
        var seen = await tenant.GetFromJsonAsync<RegistrarVerdictView>($"/api/video-sessions/{s.Id}/verdict");
        Assert.True(seen!.Confirmed);
        Assert.Equal("", seen.DocumentBase64); // the findings name everyone by IIN: only the registrar gets them back
    }

    [Fact]
    public async Task A21_the_same_verdict_resent_after_a_lost_answer_gets_the_same_answer_and_is_recorded_once()
    {
        // Issue 17 §3: a registrar whose answer died with the platform sends the same signed findings again.
        using var room = await PreparedRoomAsync("APP-AGAIN");
        var (s, registrar, prepared) = room;
        var doc = Convert.FromBase64String(prepared.Findings);
        var cms = Sign(_app, "registrar", doc);
        var first = await RecordAsync(registrar, s.Id, prepared.Findings, cms, prepared.Remark);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var again = await RecordAsync(registrar, s.Id, prepared.Findings, cms, prepared.Remark);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await _app.WithDbAsync(db => db.LedgerReceipts.CountAsync(r => r.SubjectId == s.SubjectId && r.Kind == "RegistrarVerdict")));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Set<RegistrarVerdict>().CountAsync(v => v.SessionId == s.Id)));

        // Another signature by the registrar over the same findings (the GOST key) is still refused: one verdict per session.
        var other = await RecordAsync(registrar, s.Id, prepared.Findings, Sign(_app, "registrar", doc, algorithm: "gost"), prepared.Remark);
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Refusal.Shown(await other.Content.ReadAsStringAsync(), "video.refused.verdict_recorded");
        Assert.Equal(1, await _app.WithDbAsync(db => db.LedgerReceipts.CountAsync(r => r.SubjectId == s.SubjectId && r.Kind == "RegistrarVerdict")));
    }

    [Fact]
    public async Task The_officer_schedules_through_the_form_and_others_cannot_open_it()
    {
        var application = await ApplicationAsync(_app, "RTO-FORM-1");
        using var officer = await _app.SignedInClientAsync(Iin(_app, "ktk-officer"));
        // A.21: the form offers the applications awaiting a session and the registrars that exist; no IIN is typed in.
        var form = WebUtility.HtmlDecode(await officer.GetStringAsync($"/VideoSessions/Schedule?applicationId={application}"));
        // The application asked for is preselected.
        Assert.Matches($"<option[^>]*(selected=\"selected\"[^>]*value=\"{application}\"|value=\"{application}\"[^>]*selected=\"selected\")", form);
        Assert.Contains("RTO-FORM-1", form);
        Assert.DoesNotContain("TenantIin", form);
        var registrar = await AccountAsync(_app, "registrar");
        Assert.Contains($"value=\"{registrar}\"", form);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await FormPost.TokenAsync(officer, "/VideoSessions/Schedule"),
            ["ApplicationId"] = application.ToString(),
            ["ScheduledAtUtc"] = _app.Time.GetUtcNow().AddHours(1).ToString("yyyy-MM-dd'T'HH:mm"),
            ["RegistrarAccountId"] = registrar.ToString(), ["KtkRepresentativeAccountId"] = (await AccountAsync(_app, "ktk-officer")).ToString(),
        };
        var r = await officer.PostAsync("/VideoSessions/Schedule", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/VideoSessions/Room/", r.Headers.Location!.OriginalString);
        using var scope = _app.Services.CreateScope();
        var listed = await scope.ServiceProvider.GetRequiredService<VideoSessionService>().ListForAsync(registrar, ParticipantRole.Registrar, CancellationToken.None);
        var session = Assert.Single(listed);
        Assert.Equal(VideoSessionKind.Registration, session.Kind);
        Assert.Equal(application.ToString(), session.SubjectId);
        Assert.Contains(session.Participants, p => p.Role == ParticipantRole.Spouse && p.Iin == Iin(_app, "spouse"));

        // An application that does not exist: the form shows the reason and nothing more is scheduled.
        fields["__RequestVerificationToken"] = await FormPost.TokenAsync(officer, "/VideoSessions/Schedule");
        fields["ApplicationId"] = Guid.NewGuid().ToString();
        var refused = await officer.PostAsync("/VideoSessions/Schedule", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Refusal.Shown(await refused.Content.ReadAsStringAsync(), "registration.refused.no_application");
        Assert.Single(await scope.ServiceProvider.GetRequiredService<VideoSessionService>().ListForAsync(registrar, ParticipantRole.Registrar, CancellationToken.None));

        using var tenant = await _app.SignedInClientAsync(Iin(_app, "tenant"));
        Assert.StartsWith("/Forbidden", (await tenant.GetAsync("/VideoSessions/Schedule")).Headers.Location!.PathAndQuery);
    }
}
