using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>
/// Test setup: a lease on a chosen flat whose contract bytes carry the real CAdES signatures of the demo tenant,
/// guarantor and KTK head (test PKI keys) — what A.17–A.18 leave behind, without walking A.6–A.18 again
/// (<see cref="RegistrationFlow.SignedContractAsync"/> walks it through the API).
/// </summary>
internal static class SignedLeases
{
    /// <summary>
    /// The lease; <paramref name="married"/> (the default, as the seed's АХАЖ records the demo tenant): the demo spouse is
    /// a party of the contract and signs it after the tenant (A.17–A.18, A.23).
    /// </summary>
    public static async Task<Guid> CreateAsync(PlatformFactory app, RegistrationFlow flow, string cadastralNumber, bool married = true)
    {
        var id = Guid.NewGuid();
        var pdf = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.7\n% rent-to-own contract {id} for {cadastralNumber}\n%%EOF\n");
        var tenant = DemoKeys.Party(app.PkiDirectory, "tenant");
        var guarantor = DemoKeys.Party(app.PkiDirectory, "guarantor");
        var spouse = DemoKeys.Party(app.PkiDirectory, "spouse");
        var lease = new LeaseRecord
        {
            Id = id, Number = "RTO-T-" + id.ToString("N")[..6], City = "Астана",
            // A.24: as the cadastre registers it: a demo flat of KTK's stock, or the seed range 21:320:050:n (55.0 m², 2 rooms).
            Flat = RentToOwn.Platform.Housing.DemoFlats.All(new ContractOffer()).FirstOrDefault(f => f.CadastralNumber == cadastralNumber) is { } demo
                ? new LeaseFlat { CadastralNumber = cadastralNumber, Address = demo.Address, TotalArea = demo.TotalArea, LivingArea = demo.LivingArea, Rooms = demo.Rooms }
                : new LeaseFlat { CadastralNumber = cadastralNumber, Address = RangeAddress(cadastralNumber), TotalArea = 55.0m, LivingArea = 32.1m, Rooms = 2 },
            PriceTiyn = 1_500_000_000, AnnualRatePercent = 3.1m, TermMonths = 240, StartDate = new DateOnly(2026, 12, 1),
            TenantName = tenant.Name, TenantIin = tenant.Iin, SpouseName = married ? spouse.Name : null, SpouseIin = married ? spouse.Iin : null, LessorName = "АО «Казахстанская Жилищная Компания»", LessorBin = "040540000103",
            Guarantors = [new LeaseGuarantor { Order = 1, Name = guarantor.Name, Iin = guarantor.Iin }],
            ContractPdf = pdf, ContractSha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)), CreatedAt = app.Time.GetUtcNow(),
        };
        var signers = married
            ? new[] { ("tenant", tenant.Iin), ("spouse", spouse.Iin), ("guarantor", guarantor.Iin), ("ktk-head", DemoKeys.Party(app.PkiDirectory, "ktk-head").Iin) }
            : [("tenant", tenant.Iin), ("guarantor", guarantor.Iin), ("ktk-head", DemoKeys.Party(app.PkiDirectory, "ktk-head").Iin)];
        var signatures = signers
            .Select((s, step) => new ContractSignature
            {
                Id = Guid.NewGuid(), LeaseId = id, Step = step, Role = s.Item1, SignerIin = s.Item2,
                Cms = Convert.FromBase64String(flow.Sign(pdf, s.Item1)), SignedAt = app.Time.GetUtcNow(), ReceiptId = Guid.NewGuid(),
            }).ToList();
        await app.WithDbAsync(async db =>
        {
            db.Leases.Add(lease);
            db.ContractSignatures.AddRange(signatures);
            return await db.SaveChangesAsync();
        });
        return id;
    }

    /// <summary>The address the simulator's seed range gives flat <c>21:320:050:n</c>.</summary>
    public static string RangeAddress(string cadastralNumber) =>
        $"Астана қ., Нұра ауданы, Ұлы Дала даңғылы 7, {cadastralNumber[(cadastralNumber.LastIndexOf(':') + 1)..]}-пәтер";
}
