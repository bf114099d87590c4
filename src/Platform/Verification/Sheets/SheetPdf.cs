using System.Globalization;
using RentToOwn.Domain.Contracts;
using RentToOwn.Platform.Pdf;
using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Verification.Sheets;

/// <summary>
/// Renders a <see cref="VerificationSheet"/> as an A4 PDF in the contract's fonts, deterministic like the contract
/// (<see cref="PdfLayout"/>: the same sheet gives the same bytes). The QR code (QRCoder, level M) is drawn as vector
/// squares, so no image codec is involved.
/// </summary>
public sealed class SheetPdf(ContractPdfRenderer contractRenderer)
{
    private static readonly TimeSpan Almaty = TimeSpan.FromHours(5);
    private readonly ContractPdfFonts _fonts = contractRenderer.Fonts;

    /// <summary>The PDF bytes of <paramref name="sheet"/>.</summary>
    public byte[] Render(VerificationSheet sheet)
    {
        string T(string key) => SheetTexts.Get(sheet.Language, key);
        var date = (sheet.Signers.Max(s => s.SignedAt) ?? DateTimeOffset.UnixEpoch).ToOffset(Almaty).DateTime;
        var (regular, bold, small, title) = (_fonts.Regular(9), _fonts.Bold(9), _fonts.Regular(7.5), _fonts.Bold(14));
        using var w = PdfLayout.Start(sheet, T("title") + ": " + sheet.DocumentName, date, margin: 50);
        w.Line(T("title"), title);
        w.Space(8);
        w.Line(T("document") + ": " + sheet.DocumentName, bold);
        w.Line(T("sha256") + ": " + sheet.DocumentSha256, regular);
        w.Space(8);
        w.Qr(sheet.VerifyUrl, T("scan"), regular, small);
        w.Space(10);
        w.Line(T("signers"), bold);
        if (sheet.Signers.Count == 0) w.Line(T("unsigned"), regular, 12);
        var n = 0;
        foreach (var s in sheet.Signers)
        {
            w.Space(4);
            w.Line($"{++n}. {T(s.Role)}: {s.Name ?? "—"}", bold);
            w.Line($"{T("iin")}: {s.MaskedIin ?? "—"}; {T("signed")}: {Time(s.SignedAt)}; {T("result")}: {s.Indication}", regular, 12);
            w.Line($"{T("cert")}: {s.CertificateSubject ?? "—"}", regular, 12);
            w.Line($"{T("serial")}: {s.CertificateSerial ?? "—"}; {T("issuer")}: {s.CertificateIssuer ?? "—"}", regular, 12);
            w.Line($"{T("valid")}: {Time(s.ValidFrom)} — {Time(s.ValidTo)}; {T("leaf")}: {s.LeafIndex?.ToString(CultureInfo.InvariantCulture) ?? "—"}", regular, 12);
        }

        var e = sheet.Entry;
        w.Space(10);
        w.Line(T("ledger"), bold);
        // The record kind as people read it (the verifier's label), not its code name.
        w.Line($"{T("entry")}: {e.Index} — {UiText.Shared.Get(sheet.Language, "verify.kind." + e.Kind)}{(e.LeafHash.Length > 0 ? ", leaf " + e.LeafHash : "")}", regular);
        w.Line($"{T("checkpoint")}: {e.Origin}; {T("size")} {e.TreeSize}; {T("root")} {e.RootHash}", regular);
        w.Line($"{T("witnesses")}: {e.Witnesses} / {e.Threshold}", regular);
        return w.ToBytes();
    }

    private static string Time(DateTimeOffset? t) =>
        t is { } v ? v.ToOffset(Almaty).ToString("yyyy-MM-dd HH:mm:ss '(UTC+5)'", CultureInfo.InvariantCulture) : "—";
}
