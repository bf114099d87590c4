using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RentToOwn.Cli.Demo;

/// <summary>
/// The whole life of a rent-to-own lease through the public HTTP API (issue 7, section 5): the signed contract (A.5–A.18),
/// the registration of the lease encumbrance (A.19–A.28), the term paid by early buyout (A.29), KTK's letter and the
/// transfer contract, the termination and ownership applications (A.29–A.37), then every signature verified.
/// </summary>
/// <param name="url">Platform base address.</param>
/// <param name="dataDirectory">Its data directory (test PKI and ledger keys).</param>
/// <param name="ledger">The ledger backend (the Evm backend is also checked on chain).</param>
/// <param name="log">Progress lines.</param>
public sealed partial class LifecycleScenario(Uri url, string dataDirectory, DemoLedger ledger, TextWriter log)
{
    /// <summary>The cadastre's final status of a registered application.</summary>
    public const string Registered = "REGISTERED";

    private string Pki => Path.Combine(dataDirectory, "pki");

    /// <summary>Whether the summary says every application is REGISTERED and every signature verified.</summary>
    public static bool Succeeded(JsonObject result) =>
        new[] { "registration", "termination", "ownership" }.All(k => result[k]?.GetValue<string>() == Registered)
        && result["ledgerVerified"]?.GetValue<bool>() == true;

    /// <summary>Called after each step with its name and duration (<c>bench lifecycle</c>); none by default.</summary>
    public Action<string, TimeSpan>? OnStep { get; init; }

    /// <summary>The public verifier's connection handler (the crash test's resending client); a plain client by default.</summary>
    public Func<HttpMessageHandler>? PublicTransport { get; init; }

    /// <summary>Runs the life; returns the JSON summary (without <c>seconds</c>) or throws <see cref="DemoException"/>.</summary>
    public async Task<JsonObject> RunAsync(CancellationToken ct)
    {
        using var p = new DemoParties(url, Pki);
        return await RunAsync(p, ct);
    }

    /// <summary>Runs the life with the given parties (the benchmark's distinct tenants, spouses, guarantors, officers).</summary>
    public async Task<JsonObject> RunAsync(DemoParties p, CancellationToken ct)
    {
        var contract = await StepAsync("contract", () => new DemoScenario(url, dataDirectory, log).SignContractAsync(p, ct));
        var leaseId = Guid.Parse(contract.Id);
        await StepAsync("login", async () =>
        {
            await p.Spouse.LoginAsync(ct);
            await p.Registrar.LoginAsync(ct);
            return true;
        });

        var registration = await StepAsync("registration", () => RegisterLeaseAsync(p, leaseId, contract, ct));
        await StepAsync("buyout", async () =>
        {
            await BuyOutAsync(p, leaseId, ct);
            return true;
        });
        var closing = await StepAsync("closing", () => CloseAsync(p, leaseId, ct));
        var (termination, ownership) = await StepAsync("closingRegistration", () => RegisterClosingAsync(p, leaseId, closing, ct));

        using var verifier = new DemoVerifier(dataDirectory, ledger, log) { PublicTransport = PublicTransport };
        var (signatures, count, failed) = await StepAsync("verification", async () =>
        {
            var n = await DemoScenario.VerifyContractAsync(p, contract, verifier, ct);
            await VerifyClosingAsync(p, leaseId, verifier, ct);
            await VerifyVerdictsAsync(verifier, ct);
            var (c, f) = verifier.Tally;
            return (n, c, f);
        });
        log.WriteLine($"verified {count} signatures ({signatures} on the contract): {(failed == 0 ? "all verified" : failed + " FAILED")}");
        var result = new JsonObject
        {
            ["contractSha256"] = Convert.ToHexStringLower(SHA256.HashData(contract.Pdf)),
            ["registration"] = registration,
            ["termination"] = termination,
            ["ownership"] = ownership,
            ["ledgerVerified"] = failed == 0 && count >= signatures + 3,
        };
        if (verifier.Fabric is { } fabric) result["fabric"] = fabric;
        return result;
    }

    private async Task<T> StepAsync<T>(string name, Func<Task<T>> step)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await step();
        OnStep?.Invoke(name, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        return result;
    }

    // A.29: the tenant pays the early buyout through the sandbox; the purchase is then complete.
    private async Task BuyOutAsync(DemoParties p, Guid leaseId, CancellationToken ct)
    {
        var quote = await DemoUser.Json(await p.Tenant.Http.GetAsync($"api/term/{leaseId}/buyout", ct), "tenant: buyout quote", ct);
        log.WriteLine($"early-buyout quote on {quote.GetProperty("date").GetString()}: {quote.GetProperty("totalTiyn").GetInt64() / 100m:N2} KZT");
        var started = await DemoUser.Json(await p.Tenant.Http.PostAsync($"api/term/{leaseId}/buyout/payments", null, ct), "tenant: early buyout", ct);
        await DemoPayments.PayAsync(p.Tenant, started.GetProperty("paymentId").GetGuid(), "the early buyout", log, ct);
        var statement = await DemoUser.Json(await p.Tenant.Http.GetAsync($"api/term/{leaseId}", ct), "tenant: term statement", ct);
        if (!statement.GetProperty("purchaseCompleted").GetBoolean()) throw new DemoException("the early buyout was paid but the purchase is not completed");
        log.WriteLine($"purchase completed ({statement.GetProperty("completedBy").GetString()})");
    }

    // A.29, A.31: the officer initiates the closing; KTK's head signs the letter; tenant then head sign the transfer contract;
    // the officer files the termination and ownership applications.
    private async Task<JsonElement> CloseAsync(DemoParties p, Guid leaseId, CancellationToken ct)
    {
        await DemoUser.Json(await p.Officer.Http.PostAsync($"api/term/{leaseId}/closing", null, ct), "officer: initiate the closing", ct);
        var letter = await p.Head.Http.GetByteArrayAsync($"api/term/{leaseId}/closing/letter/pdf", ct);
        await DemoUser.Json(await p.Head.Http.PostAsJsonAsync($"api/term/{leaseId}/closing/letter/signature", new { cms = p.Head.Sign(letter) }, ct), "ktk-head: KTK's letter", ct);
        log.WriteLine("officer initiated the closing; KTK's head signed the letter");
        var transfer = await p.Tenant.Http.GetByteArrayAsync($"api/term/{leaseId}/closing/transfer/pdf", ct);
        foreach (var signer in new[] { p.Tenant, p.Head })
        {
            await DemoUser.Json(await signer.Http.PostAsJsonAsync($"api/term/{leaseId}/closing/transfer/signatures", new { cms = signer.Sign(transfer) }, ct),
                $"{signer.Role}: transfer contract", ct);
        }

        log.WriteLine("tenant and KTK's head signed the transfer contract");
        var filed = await DemoUser.Json(await p.Officer.Http.PostAsync($"api/term/{leaseId}/closing/applications", null, ct), "officer: file the applications", ct);
        log.WriteLine($"officer filed the termination and ownership applications ({filed.GetProperty("state").GetString()})");
        return filed;
    }

    // The letter and the transfer contract, as anyone holding them would check: the public verifier, then the bundle here.
    private async Task VerifyClosingAsync(DemoParties p, Guid leaseId, DemoVerifier verifier, CancellationToken ct)
    {
        var view = await DemoUser.Json(await p.Tenant.Http.GetAsync($"api/term/{leaseId}/closing", ct), "tenant: closing", ct);
        var documents = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["letter"] = await p.Tenant.Http.GetByteArrayAsync($"api/term/{leaseId}/closing/letter/pdf", ct),
            ["transfer"] = await p.Tenant.Http.GetByteArrayAsync($"api/term/{leaseId}/closing/transfer/pdf", ct),
        };
        foreach (var s in view.GetProperty("signatures").EnumerateArray())
        {
            var document = s.GetProperty("document").GetString()!;
            var step = s.GetProperty("step").GetInt32();
            var cms = await p.Tenant.Http.GetByteArrayAsync($"api/term/{leaseId}/closing/{document}/signatures/{step}/cms", ct);
            await verifier.VerifyPublicAsync($"{document.ToLowerInvariant()} signature {step} ({s.GetProperty("role").GetString()})", url, documents[document], cms, ct);
        }
    }
}
