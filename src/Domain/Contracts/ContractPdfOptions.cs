namespace RentToOwn.Domain.Contracts;

/// <summary>Configuration of the contract PDF (section <c>Domain:ContractPdf</c>).</summary>
public sealed class ContractPdfOptions
{
    /// <summary>Regular font file; must contain every Kazakh letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І). Debian: fonts-dejavu-core.</summary>
    public string FontPath { get; set; } = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /// <summary>Bold font file for headings.</summary>
    public string BoldFontPath { get; set; } = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
}
