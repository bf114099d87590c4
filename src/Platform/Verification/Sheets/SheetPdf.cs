using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;
using RentToOwn.Domain.Contracts;

namespace RentToOwn.Platform.Verification.Sheets;

/// <summary>
/// Renders a <see cref="VerificationSheet"/> as an A4 PDF in the contract's fonts, deterministic like the contract
/// (<see cref="DeterministicPdf"/>: the same sheet gives the same bytes). The QR code (QRCoder, level M) is drawn as
/// vector squares, so no image codec is involved.
/// </summary>
public sealed class SheetPdf(ContractPdfRenderer contractRenderer)
{
    private const double Margin = 50;
    private const double QrSize = 150;
    private static readonly TimeSpan Almaty = TimeSpan.FromHours(5);
    private readonly ContractPdfFonts _fonts = contractRenderer.Fonts;

    /// <summary>The PDF bytes of <paramref name="sheet"/>.</summary>
    public byte[] Render(VerificationSheet sheet)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(sheet)));
        string T(string key) => SheetTexts.Get(sheet.Language, key);
        using var pdf = new PdfDocument();
        var date = (sheet.Signers.Max(s => s.SignedAt) ?? DateTimeOffset.UnixEpoch).ToOffset(Almaty).DateTime;
        pdf.Info.Title = T("title") + ": " + sheet.DocumentName;
        pdf.Info.Creator = "RentToOwn";
        pdf.Info.CreationDate = date;
        pdf.Info.ModificationDate = date;
        var id = Encoding.Latin1.GetString(digest, 0, 16);
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;

        var (regular, bold, small, title) = (_fonts.Regular(9), _fonts.Bold(9), _fonts.Regular(7.5), _fonts.Bold(14));
        using (var w = new Writer(pdf))
        {
            w.Line(T("title"), title);
            w.Space(8);
            w.Line(T("document") + ": " + sheet.DocumentName, bold);
            w.Line(T("sha256") + ": " + sheet.DocumentSha256, regular);
            w.Space(8);
            w.Qr(sheet.VerifyUrl, T("scan"), regular, small);
            w.Space(10);
            w.Line(T("signers"), bold);
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
            w.Line($"{T("entry")}: {e.Index} ({e.Kind}), leaf {e.LeafHash}", regular);
            w.Line($"{T("checkpoint")}: {e.Origin}; {T("size")} {e.TreeSize}; {T("root")} {e.RootHash}", regular);
            w.Line($"{T("witnesses")}: {e.Witnesses} / {e.Threshold}", regular);
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return DeterministicPdf.Normalize(stream.ToArray(), digest);
    }

    private static string Time(DateTimeOffset? t) =>
        t is { } v ? v.ToOffset(Almaty).ToString("yyyy-MM-dd HH:mm:ss '(UTC+5)'", CultureInfo.InvariantCulture) : "—";

    private sealed class Writer(PdfDocument pdf) : IDisposable
    {
        private XGraphics? _gfx;
        private PdfPage? _page;
        private double _y;

        public void Space(double points) => _y += points;

        public void Line(string text, XFont font, double indent = 0)
        {
            if (_gfx is null) NewPage();
            var lineHeight = font.GetHeight() * 1.3;
            foreach (var line in Wrap(text, font, _page!.Width.Point - (2 * Margin) - indent))
            {
                if (_y + lineHeight > _page.Height.Point - Margin) NewPage();
                _gfx!.DrawString(line, font, XBrushes.Black, new XPoint(Margin + indent, _y + font.GetHeight()));
                _y += lineHeight;
            }
        }

        /// <summary>The QR code at the left margin, the caption and the link beside it.</summary>
        public void Qr(string url, string caption, XFont font, XFont small)
        {
            if (_gfx is null) NewPage();
            if (_y + QrSize > _page!.Height.Point - Margin) NewPage();
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
            var modules = data.ModuleMatrix;
            var cell = QrSize / modules.Count;
            var top = _y;
            _gfx!.DrawRectangle(XBrushes.White, Margin, top, QrSize, QrSize);
            for (var row = 0; row < modules.Count; row++)
            {
                // One rectangle per run of dark modules: fewer seams when rasterised.
                for (var col = 0; col < modules[row].Length;)
                {
                    if (!modules[row][col]) { col++; continue; }
                    var start = col;
                    while (col < modules[row].Length && modules[row][col]) col++;
                    _gfx.DrawRectangle(XBrushes.Black, Margin + (start * cell), top + (row * cell), (col - start) * cell, cell + 0.01);
                }
            }

            var x = Margin + QrSize + 12;
            var width = _page.Width.Point - Margin - x;
            var y = top + 8;
            foreach (var (text, f) in new[] { (caption, font), (url, small) })
            {
                foreach (var line in Wrap(text, f, width))
                {
                    _gfx.DrawString(line, f, XBrushes.Black, new XPoint(x, y + f.GetHeight()));
                    y += f.GetHeight() * 1.3;
                }

                y += 6;
            }

            _y = top + QrSize;
        }

        public void Dispose() => _gfx?.Dispose();

        private void NewPage()
        {
            _gfx?.Dispose();
            _page = pdf.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _gfx = XGraphics.FromPdfPage(_page);
            _y = Margin;
        }

        // Words that do not fit (hashes, DNs, links) are split by characters.
        private IEnumerable<string> Wrap(string text, XFont font, double width)
        {
            var line = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (_gfx!.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0) yield return line;
                line = "";
                foreach (var ch in word)
                {
                    if (line.Length > 0 && _gfx.MeasureString(line + ch, font).Width > width)
                    {
                        yield return line;
                        line = "";
                    }

                    line += ch;
                }
            }

            if (line.Length > 0) yield return line;
        }
    }
}
