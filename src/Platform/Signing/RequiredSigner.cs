namespace RentToOwn.Platform.Signing;

/// <summary>
/// Who must sign a step: a person by IIN (always checked by the EDS verifier), and for an organisation's signature also its
/// BIN and, for KTK's head, the head's role OID. <paramref name="Refusal"/> is what the signer is told when the
/// certificate is theirs but not the organisation's (or not the head's).
/// </summary>
/// <param name="Iin">The signer's own IIN.</param>
/// <param name="Bin">The organisation's BIN the certificate must carry, or null.</param>
/// <param name="Head">Also require the head's role OID (A.16, A.18, A.29–A.31: KTK's head).</param>
/// <param name="Refusal">The text key for a wrong organisation or role (its argument <c>{0}</c> is <paramref name="Bin"/>).</param>
/// <param name="Who">
/// The text key naming the signer when someone else signed (e.g. <c>signing.who.ktk_head</c>; argument <c>{0}</c> is
/// <paramref name="Bin"/>); null: the
/// EDS verifier refuses another person's signature like any other failure ("… was not accepted: …").
/// </param>
public sealed record RequiredSigner(string Iin, string? Bin = null, bool Head = false, string? Refusal = null, string? Who = null)
{
    /// <summary>A person signing with their own EDS.</summary>
    public static RequiredSigner Person(string iin) => new(iin);

    /// <summary>KTK's head (KTK BIN and head role), e.g. for the contract's last step (A.18) or a refusal (A.16).</summary>
    public static RequiredSigner KtkHead(string iin, string ktkBin, string refusal) => new(iin, ktkBin, true, refusal);

    /// <summary>
    /// KTK's authorised person (A.22, A.31): a KTK employee whose certificate carries KTK's BIN, certifying a document for KTK
    /// (e.g. the lease registration application beside the tenant).
    /// </summary>
    public static RequiredSigner KtkAuthorised(string iin, string ktkBin, string refusal) => new(iin, ktkBin, false, refusal);

    /// <summary>
    /// A.2.9, A.11–A.12: the head (first head / authorised person: the head role OID) of the organisation <paramref name="bin"/>
    /// signing for it, e.g. an employer guaranteeing its employee. A personal key, another BIN or an employee's key of that BIN
    /// is refused, each with its own message (<see cref="SignatureAcceptance"/>).
    /// </summary>
    public static RequiredSigner HeadOf(string iin, string bin) =>
        new(iin, bin, true, Who: "signing.who.head_of");

    /// <summary>An employee of the organisation <paramref name="bin"/> (a KTK officer, the State Corporation's registrar).</summary>
    public static RequiredSigner StaffOf(string iin, string bin, string refusal) => new(iin, bin, false, refusal);
}
