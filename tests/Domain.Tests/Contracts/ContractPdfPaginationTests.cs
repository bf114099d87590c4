using RentToOwn.Domain.Contracts;
using RentToOwn.Domain.Leases;
using RentToOwn.Domain.Tests.Leases;

namespace RentToOwn.Domain.Tests.Contracts;

/// <summary>
/// A.17–A.18: the contract's section headings stay with their first lines (keep-with-next), and the signing-order block
/// never breaks across a page: a contract whose body ends near a page end moves the whole block to the next page.
/// </summary>
public class ContractPdfPaginationTests
{
    private const string SigningOrder = "4. Қол қою тәртібі / Порядок подписания";
    private const string SignatureLine = "ЭЦҚ / ЭЦП:";
    private static readonly ContractPdfRenderer Renderer = new(new ContractPdfOptions());

    /// <summary>
    /// The sample lease without spouse and guarantors (two signers: the body alone nearly fills the first page) and with
    /// <paramref name="words"/> more words in the address.
    /// </summary>
    private static string[] RenderPages(int words)
    {
        var sample = LeaseValidatorTests.Sample();
        var address = sample.Flat.Address + string.Concat(Enumerable.Repeat(" Есіл ауданы", words));
        var lease = sample with
        {
            Flat = sample.Flat with { Address = address },
            Terms = sample.Terms with { TermMonths = 12 },
            Parties = sample.Parties with { Spouse = null, Guarantors = [] },
        };
        return PdfText.Extract(Renderer.Render(lease, AnnuitySchedule.Build(lease.Terms))).Split('\f');
    }

    private static int Count(string text, string what) => text.Split(what).Length - 1;

    [Fact]
    public void SigningOrderBlock_NearAPageEnd_MovesWholeToTheNextPage()
    {
        // Longer addresses push the block down the first page, then past its end: each rendering keeps it on one page.
        var pagesOfBlock = new HashSet<int>();
        for (var words = 0; words <= 120 && pagesOfBlock.Count < 2; words += 2)
        {
            var pages = RenderPages(words);
            var page = Array.FindIndex(pages, p => p.Contains(SigningOrder, StringComparison.Ordinal));
            Assert.True(page >= 0, $"no signing-order heading with {words} extra words");
            var block = pages[page][pages[page].IndexOf(SigningOrder, StringComparison.Ordinal)..];
            // Both signers, each with its signature line, follow the heading on the same page; no other page has one.
            Assert.Equal(2, Count(block, SignatureLine));
            Assert.Contains("2. Жалға беруші / Арендодатель: АО «Казахстанская жилищная компания»", block);
            Assert.Equal(2, pages.Sum(p => Count(p, SignatureLine)));
            pagesOfBlock.Add(page);
        }

        // The scan did cross the page end: the block sat on the first page, then moved whole to the second.
        Assert.Equal([0, 1], pagesOfBlock.Order());
    }

    [Fact]
    public void SectionHeadings_AreNeverTheLastLineOfAPage()
    {
        string[] headings = ["1. Тараптар / Стороны", "2. Пәтер / Квартира", "3. Шарттың талаптары / Условия договора", SigningOrder];
        for (var words = 0; words <= 120; words += 6)
        {
            foreach (var page in RenderPages(words))
            {
                var lines = page.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                foreach (var heading in headings)
                {
                    var at = Array.IndexOf(lines, heading);
                    // Keep-with-next: at least two more lines (its first entry) follow the heading on its page.
                    Assert.True(at < 0 || at + 2 < lines.Length, $"'{heading}' ends a page with {words} extra words");
                }
            }
        }
    }
}
