using System.Collections.Concurrent;
using RentToOwn.Domain.Identity;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Signing;
using RentToOwn.Eds.Verification;
using RentToOwn.Kadastr.Simulator.Checks;

namespace RentToOwn.Kadastr.Simulator.Demo;

/// <summary>
/// A fresh NCA-like test PKI (src/Eds) with keys issued on demand to any IIN (and BIN for
/// legal-entity staff), a CAdES signer, and the <see cref="EdsSignatureChecker"/> that trusts
/// exactly this PKI. For tests, demos and <c>rto kadastr simulate</c>; never for production keys.
/// </summary>
public sealed class DemoSigningKit
{
    private readonly ConcurrentDictionary<(string Iin, string? Bin, KeyAlgorithm Algorithm), IssuedKey> keys = new();
    private readonly CadesSigner signer;

    private DemoSigningKit(TestPki pki)
    {
        Pki = pki;
        signer = new CadesSigner(pki.Time);
        var trust = new TrustStore([pki.Root.Certificate], [pki.RsaCa.Certificate, pki.GostCa.Certificate]);
        var crls = new CrlRevocationSource([pki.PublishCrl(pki.Root), pki.PublishCrl(pki.RsaCa), pki.PublishCrl(pki.GostCa)]);
        Checker = new EdsSignatureChecker(new CadesVerifier(), new VerificationPolicy(trust, [crls], pki.Time));
    }

    /// <summary>The test PKI.</summary>
    public TestPki Pki { get; }

    /// <summary>A signature checker that trusts this PKI.</summary>
    public ISignatureChecker Checker { get; }

    /// <summary>Creates a new PKI on the given clock.</summary>
    public static DemoSigningKit Create(TimeProvider time) => new(TestPki.Create(time));

    /// <summary>The signing key of a person (or of an organisation's employee when <paramref name="bin"/> is set), issued once.</summary>
    public IssuedKey KeyFor(string iin, string? bin = null, KeyAlgorithm algorithm = KeyAlgorithm.Rsa) => keys.GetOrAdd((iin, bin, algorithm), k =>
    {
        var profile = new PartyProfile(
            bin is null ? "individual" : "employee", "TEST", "PERSON" + k.Iin[^4..], null, Iin.Parse(k.Iin),
            k.Bin is null ? null : Bin.Parse(k.Bin), k.Bin is null ? null : "ORGANISATION " + k.Bin,
            k.Bin is null ? [KzOids.RoleIndividual] : [KzOids.RoleLegalEntity, KzOids.RoleEmployee]);
        return Pki.Issue(profile, k.Algorithm, KeyPurpose.Signing);
    });

    /// <summary>A detached CAdES-BES signature over <paramref name="content"/> (RSA by default; GOST 34.10-2015 as NCA issues too).</summary>
    public byte[] Sign(byte[] content, string iin, string? bin = null, KeyAlgorithm algorithm = KeyAlgorithm.Rsa) =>
        signer.Sign(content, KeyFor(iin, bin, algorithm).Key, CadesSignOptions.Detached);
}
