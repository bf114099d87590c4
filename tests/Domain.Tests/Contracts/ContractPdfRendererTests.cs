using System.Security.Cryptography;
using RentToOwn.Domain.Contracts;
using RentToOwn.Domain.Leases;
using RentToOwn.Domain.Leases.Taxes;
using RentToOwn.Domain.Tests.Leases;

namespace RentToOwn.Domain.Tests.Contracts;

public class ContractPdfRendererTests
{
    private static readonly ContractPdfRenderer Renderer = new(new ContractPdfOptions());

    private static byte[] Render(Lease lease)
    {
        var schedule = AnnuitySchedule.Build(lease.Terms);
        var taxes = new TaxSchedule(PropertyTaxTable.Individuals, new TaxOptions()).Build(schedule);
        return Renderer.Render(lease, schedule, taxes);
    }

    [Fact]
    public void DraftingTwice_GivesIdenticalBytes()
    {
        // Issue 2 "Done when": drafting twice gives identical bytes.
        var a = Render(LeaseValidatorTests.Sample());
        var b = Render(LeaseValidatorTests.Sample());
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(a, 0, 5));
        Assert.Equal(SHA256.HashData(a), SHA256.HashData(b));
        Assert.Equal(a, b);
    }

    [Fact]
    public void DifferentInputs_GiveDifferentBytes()
    {
        var lease = LeaseValidatorTests.Sample();
        var other = lease with { Terms = lease.Terms with { Price = Money.FromTenge(24_000_000m) } };
        Assert.NotEqual(SHA256.HashData(Render(lease)), SHA256.HashData(Render(other)));
    }

    [Fact]
    public void ExtractedText_HasKazakhLetters_PriceAndSchedule()
    {
        var text = PdfText.Extract(Render(LeaseValidatorTests.Sample()));
        // Each Kazakh-specific letter, in either case (Һ only occurs in names, here the guarantor's).
        foreach (var letter in "ӘҒҚҢӨҰҮҺІ")
        {
            Assert.True(
                text.Contains(letter) || text.Contains(char.ToLowerInvariant(letter)),
                $"letter {letter} not found in the extracted text");
        }

        Assert.Contains("ҚҰҚЫҒЫМЕН", text);

        Assert.Contains("25 000 000,00", text); // price
        Assert.Contains("139 904,22", text); // monthly payment
        Assert.Contains("САТЫП АЛУ ҚҰҚЫҒЫМЕН ТҰРҒЫН ҮЙ ЖАЛДАУ ШАРТЫ", text);
        Assert.Contains("ДОГОВОР АРЕНДЫ ЖИЛИЩА С ПРАВОМ ВЫКУПА", text);
        Assert.Contains("21:320:045:123:1:17", text);
        Assert.Contains("15.01.2046", text); // row 240 of the annex
        Assert.Contains("139 905,62", text); // last payment
    }

    [Fact]
    public void SignatureBlock_FollowsSigningOrder_TenantSpouseGuarantorsKtk()
    {
        // A.18 (Platform ContractSigners): tenant → spouse (when named) → guarantors → KTK's head.
        var text = PdfText.Extract(Render(LeaseValidatorTests.Sample()));
        var block = text[text.IndexOf("Қол қою тәртібі", StringComparison.Ordinal)..];
        var tenant = block.IndexOf("1. Жалға алушы / Арендатор: Әбілқасымова", StringComparison.Ordinal);
        var spouse = block.IndexOf("2. Жалға алушының жұбайы / Супруг(а) арендатора: Әбілқасымов Ержан Қайратұлы, ЖСН / ИИН", StringComparison.Ordinal);
        var guarantor1 = block.IndexOf("3. Кепілгер / Поручитель: Нұрланов Жаһанша Асқарұлы", StringComparison.Ordinal);
        var guarantor2 = block.IndexOf("4. Кепілгер / Поручитель: ТОО «Құрылыс», БСН / БИН 101041000058", StringComparison.Ordinal);
        var ktk = block.IndexOf("5. Жалға беруші / Арендодатель: АО «Казахстанская жилищная компания»", StringComparison.Ordinal);
        Assert.Contains("850101300124", block[Math.Max(0, spouse)..]);
        Assert.True(tenant >= 0 && spouse > tenant && guarantor1 > spouse && guarantor2 > guarantor1 && ktk > guarantor2, block[..Math.Min(800, block.Length)]);
    }

    [Fact]
    public void SignatureBlock_WithSpouseButNoGuarantors_IsTenantSpouseKtk()
    {
        var sample = LeaseValidatorTests.Sample();
        var lease = sample with { Terms = sample.Terms with { TermMonths = 12 }, Parties = sample.Parties with { Guarantors = [] } };
        var text = PdfText.Extract(Renderer.Render(lease, AnnuitySchedule.Build(lease.Terms)));
        var block = text[text.IndexOf("Қол қою тәртібі", StringComparison.Ordinal)..];
        Assert.Contains("2. Жалға алушының жұбайы / Супруг(а) арендатора: Әбілқасымов Ержан Қайратұлы", block);
        Assert.Contains("3. Жалға беруші / Арендодатель", block);
        Assert.DoesNotContain("Кепілгер", block);
    }

    [Fact]
    public void Fonts_ArePublic_StableByContent_AndDrawKazakhText()
    {
        // The closing documents (Platform TermPdf) use the contract's faces through this API.
        var fonts = ContractPdfFonts.Register(new ContractPdfOptions());
        Assert.Equal(fonts, Renderer.Fonts);
        Assert.Equal(fonts, new ContractPdfRenderer(new ContractPdfOptions()).Fonts);
        Assert.NotEqual(fonts.RegularFamily, fonts.BoldFamily);
        Assert.Throws<ContractFontException>(() => ContractPdfFonts.Register(new ContractPdfOptions { BoldFontPath = "/nonexistent/bold.ttf" }));

        using var document = new PdfSharp.Pdf.PdfDocument();
        var page = document.AddPage();
        using (var gfx = PdfSharp.Drawing.XGraphics.FromPdfPage(page))
        {
            gfx.DrawString("Құрметті жалға алушы", fonts.Regular(10), PdfSharp.Drawing.XBrushes.Black, 50, 50);
            gfx.DrawString("Ғимарат ҮЙ", fonts.Bold(12), PdfSharp.Drawing.XBrushes.Black, 50, 80);
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        var text = PdfText.Extract(stream.ToArray());
        Assert.Contains("Құрметті жалға алушы", text);
        Assert.Contains("Ғимарат ҮЙ", text);
    }

    [Fact]
    public void MinimalLease_NoSpouseNoGuarantorsNoTaxes_SignsTenantThenKtk()
    {
        var sample = LeaseValidatorTests.Sample();
        var lease = sample with
        {
            Terms = sample.Terms with { TermMonths = 12 },
            Parties = sample.Parties with { Spouse = null, Guarantors = [] },
        };
        var text = PdfText.Extract(Renderer.Render(lease, AnnuitySchedule.Build(lease.Terms)));
        Assert.DoesNotContain("Жалға алушының жұбайы", text);
        Assert.DoesNotContain("Кепілгер", text);
        Assert.DoesNotContain("2-қосымша", text);
        Assert.Contains("2. Жалға беруші / Арендодатель", text);
        Assert.Contains("15.01.2027", text); // row 12
    }

    [Fact]
    public void TaxAnnex_IsRendered_WhenGiven()
    {
        var text = PdfText.Extract(Render(LeaseValidatorTests.Sample()));
        Assert.Contains("2-қосымша. Салықтардың алдын ала кестесі", text);
        Assert.Contains("Приложение 2.", text);
        Assert.Contains("71 600,00", text); // 46,600 + 0.5 % × 5,000,000 (Tax Code art. 531)
    }

    [Fact]
    public void MissingFont_FailsWithClearMessage()
    {
        var ex = Assert.Throws<ContractFontException>(() => new ContractPdfRenderer(new ContractPdfOptions { FontPath = "/nonexistent/DejaVuSans.ttf" }));
        Assert.Contains("/nonexistent/DejaVuSans.ttf", ex.Message);
        Assert.Contains("fonts-dejavu-core", ex.Message);
    }

    [Fact]
    public void NonFontFile_IsRejected()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a font");
            Assert.Contains("not a TrueType", Assert.Throws<ContractFontException>(() => new ContractPdfRenderer(new ContractPdfOptions { BoldFontPath = path })).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ScheduleOfOtherTerms_IsRejected()
    {
        var lease = LeaseValidatorTests.Sample();
        var schedule = AnnuitySchedule.Build(lease.Terms with { TermMonths = 120 });
        Assert.Throws<ArgumentException>(() => Renderer.Render(lease, schedule));
    }
}
