using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.Scheduling;
using RentToOwn.Platform.Tests.VideoSessions;
using RentToOwn.Platform.VideoSessions.Signalling;
using static RentToOwn.Platform.Tests.VideoSessions.VideoSessionSetup;

namespace RentToOwn.Platform.Tests.Cluster;

/// <summary>
/// Issue 17 §2: three platform instances on one PostgreSQL with the Redis backplane and rooms (<c>Cluster:Redis</c>), one
/// data-protection key ring (<c>Cluster:DataProtectionKeysDirectory</c>), Quartz clustered and the log service
/// (<c>Ledger:Endpoint</c>). A person may reach any instance at any request, as behind a load balancer.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ThreeInstancesTests(ClusterOfThree cluster)
{
    private ClusterInstance A => cluster.Instances[0];
    private ClusterInstance B => cluster.Instances[1];
    private ClusterInstance C => cluster.Instances[2];

    [Fact]
    public async Task A21_participants_on_three_instances_meet_in_one_room_and_their_signals_cross_instances()
    {
        var s = await ScheduleAsync(A, "APP-CLUSTER-ROOM", at: DateTimeOffset.UtcNow.AddMinutes(10));

        await using var tenant = await SignalRTestClient.ConnectAsync(A, VideoSessionHub.Path, Iin(A, "tenant"));
        var first = await tenant.InvokeAsync("Join", s.Id);
        Assert.Null(first["error"]);
        var tenantConnection = first["result"]!["connectionId"]!.GetValue<string>();

        // The spouse on B finds A's tenant in the room, and A's tenant hears of the spouse.
        await using var spouse = await SignalRTestClient.ConnectAsync(B, VideoSessionHub.Path, Iin(B, "spouse"));
        var second = await spouse.InvokeAsync("Join", s.Id);
        Assert.Null(second["error"]);
        Assert.Equal(tenantConnection, Assert.Single(second["result"]!["peers"]!.AsArray())!["connectionId"]!.GetValue<string>());
        var spouseConnection = second["result"]!["connectionId"]!.GetValue<string>();
        Assert.Equal("Spouse", (await tenant.NextCallAsync("PeerJoined"))[0]!["role"]!.GetValue<string>());

        // The registrar on C: both others listed; an offer from C reaches A, A's answer reaches C.
        await using var registrar = await SignalRTestClient.ConnectAsync(C, VideoSessionHub.Path, Iin(C, "registrar"));
        var third = await registrar.InvokeAsync("Join", s.Id);
        Assert.Null(third["error"]);
        var peers = third["result"]!["peers"]!.AsArray().Select(p => p!["connectionId"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(new[] { tenantConnection, spouseConnection }.Order(), peers);
        var registrarConnection = third["result"]!["connectionId"]!.GetValue<string>();
        Assert.Equal("Registrar", (await spouse.NextCallAsync("PeerJoined"))[0]!["role"]!.GetValue<string>());
        Assert.Equal("Registrar", (await tenant.NextCallAsync("PeerJoined"))[0]!["role"]!.GetValue<string>());

        Assert.Null((await registrar.InvokeAsync("Signal", tenantConnection, "{\"description\":{\"type\":\"offer\",\"sdp\":\"v=0\"}}"))["error"]);
        var offer = await tenant.NextCallAsync("Signal");
        Assert.Equal(registrarConnection, offer[0]!.GetValue<string>());
        Assert.Contains("offer", offer[1]!.GetValue<string>());
        Assert.Null((await tenant.InvokeAsync("Signal", registrarConnection, "{\"description\":{\"type\":\"answer\",\"sdp\":\"v=0\"}}"))["error"]);
        Assert.Contains("answer", (await registrar.NextCallAsync("Signal"))[1]!.GetValue<string>());

        // The session view on any instance shows who is present (the room lives in Redis, not in one instance).
        using var registrarHttp = await B.SignedInClientAsync(Iin(B, "registrar"));
        var view = await registrarHttp.GetFromJsonAsync<JsonElement>($"/api/video-sessions/{s.Id}");
        Assert.Equal(3, view.GetProperty("participants").EnumerateArray().Count(p => p.GetProperty("present").GetBoolean()));

        // Leaving on B is announced on A and C.
        Assert.Null((await spouse.InvokeAsync("Leave"))["error"]);
        Assert.Equal(spouseConnection, (await tenant.NextCallAsync("PeerLeft"))[0]!.GetValue<string>());
        Assert.Equal(spouseConnection, (await registrar.NextCallAsync("PeerLeft"))[0]!.GetValue<string>());
        // A signal to a connection that left is refused on every instance.
        Assert.Contains("not in your session", (await registrar.InvokeAsync("Signal", spouseConnection, "{}"))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_session_cookie_and_an_antiforgery_token_issued_by_one_instance_are_accepted_by_the_others_and_refused_outside_the_key_ring()
    {
        // Session and anti-forgery cookies and the token, all from A.
        using var http = A.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        var login = await http.GetAsync($"/test-login/{Iin(A, "tenant")}");
        login.EnsureSuccessStatusCode();
        var cookies = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Get, "/api/antiforgery");
        tokenRequest.Headers.Add("Cookie", string.Join("; ", cookies));
        var tokenResponse = await http.SendAsync(tokenRequest);
        tokenResponse.EnsureSuccessStatusCode();
        if (tokenResponse.Headers.TryGetValues("Set-Cookie", out var more)) cookies.AddRange(more.Select(c => c.Split(';')[0]));
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        var cookie = string.Join("; ", cookies);

        foreach (var other in new[] { B, C })
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(other, HttpMethod.Get, "/api/consents", cookie, null)).StatusCode);
        }

        // A state-changing call on C with A's token (logging out ends the session for everyone: last).
        var stranger = new ClusterInstance("D", new Dictionary<string, string?>(cluster.Shared)
        {
            ["Cluster:DataProtectionKeysDirectory"] = Directory.CreateTempSubdirectory("rto-other-keys-").FullName,
            ["Jobs:Enabled"] = "false",
        });
        await using (stranger)
        {
            // An instance outside the key ring (its own key folder) cannot read A's cookie: the folder is what is shared.
            Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(stranger, HttpMethod.Get, "/api/consents", cookie, null)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(C, HttpMethod.Post, "/api/auth/logout", cookie, token)).StatusCode);
        // One key ring, in the shared folder.
        Assert.Single(Directory.GetFiles(cluster.KeysDirectory, "key-*.xml"));
    }

    [Fact]
    public async Task A_Quartz_job_scheduled_on_any_instance_runs_exactly_once_across_the_three()
    {
        // Every instance checked in to the one clustered job store under its own id.
        var ids = new List<string>();
        foreach (var instance in cluster.Instances)
        {
            var scheduler = await instance.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            Assert.True((await scheduler.GetMetadata()).JobStoreClustered);
            ids.Add(scheduler.SchedulerInstanceId);
        }

        Assert.Equal(3, ids.Distinct().Count());
        Assert.True(await TestWaits.UntilAsync(async () => (await ScalarAsync("SELECT count(*) FROM qrtz_scheduler_state")) == 3));

        // 4 one-off jobs from each instance, all due now.
        var group = "cluster-once-" + Guid.NewGuid().ToString("N")[..8];
        var markers = new List<string>();
        foreach (var instance in cluster.Instances)
        {
            var scheduler = await instance.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            for (var i = 0; i < 4; i++)
            {
                var marker = $"{group}-{instance.Name}{i}";
                markers.Add(marker);
                await scheduler.ScheduleJob(
                    JobBuilder.Create<ProbeJob>().WithIdentity(marker, group).UsingJobData("marker", marker).Build(),
                    TriggerBuilder.Create().WithIdentity(marker, group).StartNow().Build());
            }
        }

        // Done when Quartz has deleted every one-off job (a non-durable job goes once its only trigger completed): nothing
        // of them is left to fire, so the counts below are final.
        Assert.True(await TestWaits.UntilAsync(async () =>
            await ScalarAsync($"SELECT count(*) FROM qrtz_job_details WHERE job_group = '{group}'") == 0
            && await ScalarAsync($"SELECT count(*) FROM qrtz_fired_triggers WHERE job_group = '{group}'") == 0, TimeSpan.FromSeconds(120)),
            "the one-off jobs were not all run and deleted within 120 s");
        var fired = cluster.Instances.SelectMany(i => i.Probe.Firings.Where(f => f.StartsWith(group, StringComparison.Ordinal))).ToList();
        Assert.Equal(markers.Order(), fired.Order());
    }

    [Fact]
    public async Task A17_A18_an_application_and_its_contract_go_step_by_step_over_three_instances_onto_one_ledger()
    {
        // A.8–A.12 on A: list, consent, application, guarantor's signature.
        var id = await new ApplicationFlow(A, A.PkiDirectory).SubmittedApplicationAsync();

        // A.13–A.16 on B: the officer approves.
        var onB = new ApplicationFlow(B, B.PkiDirectory);
        var officer = await onB.LoginAsync("ktk-officer");
        var approved = await OfficerApproval.ApproveAsync(officer, id, doc => onB.Sign(doc, "ktk-officer")); // A.16: signed with EDS
        Assert.Equal(HttpStatusCode.NoContent, approved.StatusCode);
        Assert.Equal(ApplicationStatus.Approved, await C.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));

        // A.17 on C: the tenant accepts the offered flat, the contract is drafted.
        var onC = new ApplicationFlow(C, C.PkiDirectory);
        var contract = await onC.AcceptFlatAsync();

        // A.18: the tenant signs on A, the guarantor on B, KTK's head on C.
        var onA = new ApplicationFlow(A, A.PkiDirectory);
        var tenant = await onA.LoginAsync("tenant");
        var list = await tenant.GetFromJsonAsync<JsonElement>("/api/contracts");
        // Other tests of this collection share the database and may hold leases of the same demo tenant: find this one.
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("id").GetGuid() == contract);
        var pdf = await tenant.GetByteArrayAsync($"/api/contracts/{contract}/pdf");
        Assert.Equal(pdf, await (await onC.LoginAsync("guarantor")).GetByteArrayAsync($"/api/contracts/{contract}/pdf")); // same bytes everywhere
        foreach (var (flow, role) in new[] { (onA, "tenant"), (onB, "guarantor"), (onC, "ktk-head") })
        {
            var signer = role == "tenant" ? tenant : await flow.LoginAsync(role);
            var r = await signer.PostAsJsonAsync($"/api/contracts/{contract}/signatures", new { cms = flow.Sign(pdf, role) });
            Assert.True(r.StatusCode == HttpStatusCode.OK, $"{role}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        }

        // One receipt per signature, each a distinct record of the one shared log, with its leaf hash there.
        var receipts = await A.WithDbAsync(db => db.LedgerReceipts.Where(r => r.SubjectId.StartsWith("contract:")).OrderBy(r => r.LeafIndex).ToListAsync());
        Assert.Equal(["ContractSigned", "SignatureAdded", "SignatureAdded"], receipts.Select(r => r.Kind));
        Assert.Equal(3, receipts.Select(r => r.LeafIndex).Distinct().Count());
        var size = (await cluster.Log.GetLatestCheckpointAsync()).Checkpoint.Size;
        foreach (var receipt in receipts)
        {
            Assert.True(receipt.LeafIndex < size);
            var entry = await cluster.Log.GetAsync(receipt.LeafIndex);
            Assert.NotNull(entry);
            Assert.Equal(receipt.SubjectId, entry!.Record.SubjectId);
        }
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(cluster.Database);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    private static async Task<HttpResponseMessage> SendAsync(ClusterInstance app, HttpMethod method, string path, string cookie, string? token)
    {
        using var client = app.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", cookie);
        if (token is not null) request.Headers.Add("X-CSRF-TOKEN", token);
        else request.Options.Set(AntiforgeryHandler.WithoutToken, true);
        return await client.SendAsync(request);
    }
}
