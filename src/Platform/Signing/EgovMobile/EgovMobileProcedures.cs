using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using QRCoder;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Signing.EgovMobile;

/// <summary>An opened procedure as the page shows it: the QR (text and SVG), the deep link, and the page's polling token.</summary>
public sealed record OpenedProcedure(Guid Id, string PageToken, string Qr, string DeepLink, string QrSvg, DateTimeOffset ExpiresAt);

/// <summary>Where a procedure stands for the page: <c>waiting</c>, <c>signed</c> (with the CMS to submit) or <c>expired</c>.</summary>
public sealed record ProcedureStatus(string Status, DateTimeOffset ExpiresAt, string? Cms);

/// <summary>
/// The service side of eGov mobile QR signing. A procedure wraps one pending step's document; the phone fetches the
/// description and the document, and puts the CMS back once. The page then submits that CMS to the step's own endpoint,
/// so it goes through <see cref="SignatureAcceptance"/> exactly as the widget's signature does (this class verifies nothing).
/// </summary>
public sealed class EgovMobileProcedures(PlatformDbContext db, TimeProvider time, IOptions<EgovMobileOptions> options, EdsTrust trust, SignatureAcceptance acceptance)
{
    private static readonly TimeSpan Almaty = TimeSpan.FromHours(5);

    private EgovMobileOptions Options => options.Value;

    /// <summary>
    /// Opens a procedure for a logged-in account's signing step: <paramref name="name"/> is cleaned and bounded,
    /// <paramref name="purpose"/> taken from <see cref="EgovMobilePurposes"/>; <paramref name="baseUrl"/> is the platform's
    /// public origin (<see cref="EgovMobileOrigin"/>).
    /// </summary>
    public Task<Outcome<OpenedProcedure>> OpenAsync(Guid accountId, string? name, string? purpose, byte[] document, string baseUrl, CancellationToken ct) =>
        OpenAsync(accountId, null, EgovMobilePurposes.CleanName(name), EgovMobilePurposes.Normalize(purpose), document, baseUrl, ct);

    /// <summary>Opens a procedure for a login challenge (its text, bound to the browser's pre-login cookie by the caller).</summary>
    public Task<Outcome<OpenedProcedure>> OpenLoginAsync(string nonce, byte[] text, string baseUrl, CancellationToken ct) =>
        OpenAsync(null, nonce, "RentToOwn sign-in", EgovMobilePurposes.SignIn, text, baseUrl, ct);

    private async Task<Outcome<OpenedProcedure>> OpenAsync(Guid? accountId, string? nonce, string name, string purpose, byte[] document, string baseUrl, CancellationToken ct)
    {
        if (document.Length == 0) return Outcome<OpenedProcedure>.Refused(StatusCodes.Status400BadRequest, "egov.refused.empty");
        if (document.Length > Options.MaxDocumentBytes)
        {
            return Outcome<OpenedProcedure>.Refused(StatusCodes.Status413PayloadTooLarge, "egov.refused.too_large", Options.MaxDocumentBytes);
        }

        var now = time.GetUtcNow();
        // Bounded lifetime: procedures an hour past their expiry are gone.
        var stale = now.AddHours(-1);
        await db.Set<EgovMobileProcedure>().Where(p => p.ExpiresAt < stale).ExecuteDeleteAsync(ct);

        var (phoneToken, pageToken) = (NewToken(), NewToken());
        var procedure = new EgovMobileProcedure
        {
            Id = Guid.NewGuid(), PhoneTokenHash = Hash(phoneToken), PageTokenHash = Hash(pageToken), AccountId = accountId, LoginNonce = nonce,
            Name = name, Purpose = purpose, Document = document, CreatedAt = now, ExpiresAt = now.AddSeconds(Options.ProcedureSeconds),
        };
        db.Add(procedure);
        await db.SaveChangesAsync(ct);

        var url = $"{baseUrl.TrimEnd('/')}/api/egov-mobile/procedures/{procedure.Id}/description/{phoneToken}";
        var qr = EgovMobileLinks.Qr(url);
        return Outcome<OpenedProcedure>.Ok(new OpenedProcedure(procedure.Id, pageToken, qr, EgovMobileLinks.DeepLink(url), Svg(qr), procedure.ExpiresAt));
    }

    /// <summary>
    /// API 1 (the QR's URL): the description and where the documents are. The description names the requesting
    /// organisation, what the signature is for, the document, whose request it is and the platform's origin, so a
    /// QR shown to someone else reads as what it is (issue 14: phishing hardening; SIGEX's QR signing shows the same
    /// procedure description in eGov mobile).
    /// </summary>
    public async Task<Outcome<ProcedureDescription>> DescribeAsync(Guid id, string token, string baseUrl, CancellationToken ct)
    {
        var found = await UsableAsync(id, token, p => p.PhoneTokenHash, ct);
        if (!found.Succeeded) return Outcome<ProcedureDescription>.From(found.Refusal());
        var p = found.Value!;
        var o = Options;
        var origin = baseUrl.TrimEnd('/');
        var purpose = EgovMobilePurposes.Of(p.Purpose);
        var holder = p.AccountId is { } account
            ? await db.Users.AsNoTracking().Where(u => u.Id == account).Select(u => u.FullName).FirstOrDefaultAsync(ct)
            : null;
        var until = p.ExpiresAt.ToOffset(Almaty).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var description = p.Purpose == EgovMobilePurposes.SignIn
            ? $"{o.OrganisationRu} (БИН {trust.Options.KtkBin}): {purpose.Ru} RentToOwn, {origin}. Действует до {until} (UTC+5). "
              + $"Подписывайте, только если вы сами входите на {origin} сейчас."
            : $"{o.OrganisationRu} (БИН {trust.Options.KtkBin}) просит: {purpose.Ru}. Документ: «{p.Name}». Запрос пользователя: {ShortName(holder)}. "
              + $"Платформа RentToOwn, {origin}. Действует до {until} (UTC+5). Подписывайте, только если вы сами открыли этот QR-код на {origin}.";
        return Outcome<ProcedureDescription>.Ok(new ProcedureDescription(description, p.ExpiresAt,
            new ProcedureOrganisation(o.OrganisationRu, o.OrganisationKz, o.OrganisationEn, trust.Options.KtkBin),
            new ProcedureDocumentLink($"{origin}/api/egov-mobile/procedures/{id}/documents", "Token", token)));
    }

    /// <summary>API 2 GET: the document to sign (base64 in <c>documentCms</c>), named with what it is signed for.</summary>
    public async Task<Outcome<ProcedureDocuments>> DocumentsAsync(Guid id, string? bearer, string baseUrl, CancellationToken ct)
    {
        var found = await UsableAsync(id, bearer, p => p.PhoneTokenHash, ct);
        if (!found.Succeeded) return Outcome<ProcedureDocuments>.From(found.Refusal());
        var p = found.Value!;
        var purpose = EgovMobilePurposes.Of(p.Purpose);
        return Outcome<ProcedureDocuments>.Ok(new ProcedureDocuments(EgovMobileLinks.SignMethod,
            [new DocumentToSign("1", $"{p.Name} ({purpose.Ru})", $"{p.Name} ({purpose.Kk})", $"{p.Name} ({purpose.En})",
                [new DocumentMeta("sha256", Convert.ToHexStringLower(SHA256.HashData(p.Document))), new DocumentMeta("purpose", p.Purpose),
                 new DocumentMeta("origin", baseUrl.TrimEnd('/'))],
                Convert.ToBase64String(p.Document))]));
    }

    // "Иванов Иван" → "Иванов И.": enough for the signer to recognise their own request.
    private static string ShortName(string? fullName)
    {
        var parts = (fullName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            0 => "—",
            1 => parts[0],
            _ => $"{parts[0]} {parts[1][0]}.",
        };
    }

    /// <summary>API 2 PUT: the phone's CMS, accepted once and before expiry; the page submits it to the step.</summary>
    public async Task<Outcome> PutSignedAsync(Guid id, string? bearer, ProcedureDocuments? signed, CancellationToken ct)
    {
        var found = await UsableAsync(id, bearer, p => p.PhoneTokenHash, ct);
        if (!found.Succeeded) return found.Refusal();
        if (signed?.DocumentsToSign is not [{ Id: "1", DocumentCms: { Length: > 0 } text }])
        {
            return Outcome.Refused(StatusCodes.Status400BadRequest, "egov.refused.one_document");
        }

        if (SignatureInput.Decode(text) is not { } cms)
        {
            return Outcome.Refused(StatusCodes.Status400BadRequest, "egov.refused.not_base64");
        }

        // The phone is told at once when its CMS cannot be used: a signing step's procedure takes only a valid signature
        // by the account holder who opened it (the step itself verifies again, through the same SignatureAcceptance).
        if (found.Value!.AccountId is { } account)
        {
            var iin = await db.Users.AsNoTracking().Where(u => u.Id == account).Select(u => u.Iin).FirstOrDefaultAsync(ct);
            if (iin is null) return Outcome.Refused(StatusCodes.Status404NotFound, "egov.refused.no_procedure_token");
            var verified = acceptance.Verify(found.Value.Document, RequiredSigner.Person(iin) with { Who = "egov.refused.who.opener" }, cms);
            if (!verified.Succeeded)
            {
                return Outcome.Refused(StatusCodes.Status422UnprocessableEntity, "egov.refused.not_signed",
                    new Outcome.Text(verified.Code!, verified.Args?.ToArray() ?? []));
            }
        }

        var now = time.GetUtcNow();
        // Single use across requests and instances: only the first put of an open procedure changes the row.
        var changed = await db.Set<EgovMobileProcedure>().Where(p => p.Id == id && p.SignedAt == null && p.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.SignedAt, now).SetProperty(p => p.Cms, cms), ct);
        return changed == 1 ? Outcome.Ok : Used();
    }

    /// <summary>The page's poll (a logged-in account's procedure).</summary>
    public Task<Outcome<ProcedureStatus>> StatusAsync(Guid id, string? pageToken, Guid accountId, CancellationToken ct) =>
        StatusAsync(id, pageToken, p => p.AccountId == accountId, ct);

    /// <summary>The login page's poll (the browser must hold the procedure's nonce).</summary>
    public Task<Outcome<ProcedureStatus>> LoginStatusAsync(Guid id, string? pageToken, Func<string, bool> holdsNonce, CancellationToken ct) =>
        StatusAsync(id, pageToken, p => p.LoginNonce is { } n && holdsNonce(n), ct);

    private async Task<Outcome<ProcedureStatus>> StatusAsync(Guid id, string? pageToken, Func<EgovMobileProcedure, bool> owns, CancellationToken ct)
    {
        var p = await db.Set<EgovMobileProcedure>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (p is null || !Matches(pageToken, p.PageTokenHash) || !owns(p)) return Outcome<ProcedureStatus>.Refused(StatusCodes.Status404NotFound, "egov.refused.no_procedure");
        if (p.Cms is { } cms) return Outcome<ProcedureStatus>.Ok(new ProcedureStatus("signed", p.ExpiresAt, Convert.ToBase64String(cms)));
        return Outcome<ProcedureStatus>.Ok(new ProcedureStatus(time.GetUtcNow() >= p.ExpiresAt ? "expired" : "waiting", p.ExpiresAt, null));
    }

    private async Task<Found> UsableAsync(Guid id, string? token, Func<EgovMobileProcedure, byte[]> hash, CancellationToken ct)
    {
        var p = await db.Set<EgovMobileProcedure>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (p is null || !Matches(token, hash(p))) return new Found(null, Outcome.Refused(StatusCodes.Status404NotFound, "egov.refused.no_procedure_token"));
        if (p.SignedAt is not null) return new Found(null, Used());
        if (time.GetUtcNow() >= p.ExpiresAt)
        {
            return new Found(null, Outcome.Refused(StatusCodes.Status410Gone,
                "egov.refused.expired", p.ExpiresAt));
        }

        return new Found(p, null);
    }

    private static Outcome Used() =>
        Outcome.AlreadySigned("egov.refused.used");

    private sealed record Found(EgovMobileProcedure? Value, Outcome? Error)
    {
        public bool Succeeded => Value is not null;

        public Outcome Refusal() => Error!;
    }

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token));

    // Constant time over the hashes: the token's length or content never shortens the comparison.
    private static bool Matches(string? token, byte[] expected) =>
        token is { Length: > 0 and <= 128 } && CryptographicOperations.FixedTimeEquals(Hash(token), expected);

    private static string Svg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
