using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using RentToOwn.Domain.Leases;
using RentToOwn.Domain.Leases.Taxes;

namespace RentToOwn.Domain.Contracts;

/// <summary>
/// A.17: renders the rent-to-own contract as a bilingual Kazakh/Russian PDF: parties, flat, terms, a signature block in
/// signing order (tenant, the tenant's spouse when named, guarantors, KTK — A.17–A.18) and the full payment schedule (and tax estimate, if given) as
/// annexes. Output is deterministic: the same inputs give byte-identical PDF, so its SHA-256 identifies the contract.
/// Dates in the PDF come from the lease (its start date, in Kazakhstan time), the document ID, XMP ids and font subset
/// tags are derived from a hash of the inputs (see <see cref="DeterministicPdf"/>), and nothing reads the clock.
/// </summary>
public sealed class ContractPdfRenderer
{
    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");
    private static readonly JsonSerializerOptions CanonicalJson = new() { WriteIndented = false };
    private readonly string _regularFamily;
    private readonly string _boldFamily;

    /// <summary>Creates the renderer; throws <see cref="ContractFontException"/> when a configured font file is missing.</summary>
    public ContractPdfRenderer(ContractPdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Fonts = ContractPdfFonts.Register(options);
        _regularFamily = Fonts.RegularFamily;
        _boldFamily = Fonts.BoldFamily;
    }

    /// <summary>The fonts this renderer uses, for other documents that must look the same (A.29 closing documents).</summary>
    public ContractPdfFonts Fonts { get; }

    /// <summary>Renders the contract for <paramref name="lease"/> with its <paramref name="schedule"/> and optional tax rows.</summary>
    public byte[] Render(Lease lease, PaymentSchedule schedule, IReadOnlyList<TaxScheduleRow>? taxes = null)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(schedule);
        if (schedule.Terms != lease.Terms)
        {
            throw new ArgumentException("the schedule was computed from other terms than the lease's", nameof(schedule));
        }

        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(
            JsonSerializer.Serialize(new { lease, schedule.Rows, taxes }, CanonicalJson)));

        using var document = new PdfDocument();
        SetMetadata(document, lease, digest);
        var regular = new XFont(_regularFamily, 9);
        var bold = new XFont(_boldFamily, 9);
        using var flow = new PdfFlow(document, regular, bold, new XFont(_regularFamily, 7.5), new XFont(_boldFamily, 7.5));

        WriteBody(flow, lease, schedule);
        WriteSignatures(flow, lease);
        WriteScheduleAnnex(flow, schedule);
        if (taxes is { Count: > 0 })
        {
            WriteTaxAnnex(flow, taxes);
        }

        flow.Footers((page, total) => $"Шарт / Договор № {lease.Number} · {page} / {total} бет / стр.");
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return DeterministicPdf.Normalize(stream.ToArray(), digest);
    }

    private static void SetMetadata(PdfDocument document, Lease lease, byte[] digest)
    {
        var date = lease.Terms.StartDate.ToDateTime(TimeOnly.MinValue);
        document.Info.Title = $"Шарт / Договор № {lease.Number}";
        document.Info.Subject = "Сатып алу құқығымен тұрғын үй жалдау шарты / Договор аренды жилища с правом выкупа";
        document.Info.Author = lease.Parties.Lessor.Name;
        document.Info.Creator = DomainInfo.Programme;
        document.Info.CreationDate = date;
        document.Info.ModificationDate = date;

        // The trailer /ID is normally random; derive both parts from the inputs' hash instead.
        var id = Encoding.Latin1.GetString(digest, 0, 16);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
    }

    private static void WriteBody(PdfFlow f, Lease lease, PaymentSchedule schedule)
    {
        var t = lease.Terms;
        var p = lease.Parties;
        f.Paragraph($"САТЫП АЛУ ҚҰҚЫҒЫМЕН ТҰРҒЫН ҮЙ ЖАЛДАУ ШАРТЫ № {lease.Number}", f.Bold, center: true);
        f.Paragraph($"ДОГОВОР АРЕНДЫ ЖИЛИЩА С ПРАВОМ ВЫКУПА № {lease.Number}", f.Bold, center: true);
        f.Space(4);
        f.Paragraph($"{lease.City}, {t.StartDate.ToString("dd.MM.yyyy", Ru)}", f.Regular, center: true);
        f.Space(8);

        var lessor = $"{p.Lessor.Name}, БСН / БИН {p.Lessor.Bin}";
        Heading(f, "1. Тараптар / Стороны", FirstLines(f, "Жалға беруші / Арендодатель", lessor));
        Line(f, "Жалға беруші / Арендодатель", lessor);
        Line(f, "Жалға алушы / Арендатор", $"{p.Tenant.FullName}, ЖСН / ИИН {p.Tenant.Iin}");
        if (p.Spouse is { } spouse)
        {
            Line(f, "Жалға алушының жұбайы / Супруг(а) арендатора", $"{spouse.FullName}, ЖСН / ИИН {spouse.Iin}");
        }

        for (var i = 0; i < p.Guarantors.Count; i++)
        {
            Line(f, $"Кепілгер / Поручитель {i + 1}", GuarantorText(p.Guarantors[i]));
        }

        Heading(f, "2. Пәтер / Квартира", FirstLines(f, "Кадастрлық нөмірі / Кадастровый номер", lease.Flat.CadastralNumber));
        Line(f, "Кадастрлық нөмірі / Кадастровый номер", lease.Flat.CadastralNumber);
        Line(f, "Мекенжайы / Адрес", lease.Flat.Address);
        Line(f, "Жалпы алаңы / Общая площадь", $"{lease.Flat.TotalArea.ToString("0.0#", Ru)} м²");
        Line(f, "Тұрғын алаңы / Жилая площадь", $"{lease.Flat.LivingArea.ToString("0.0#", Ru)} м²");
        Line(f, "Бөлмелер саны / Количество комнат", lease.Flat.Rooms.ToString(CultureInfo.InvariantCulture));

        var price = $"{t.Price.ToDocumentString()} теңге / тенге";
        Heading(f, "3. Шарттың талаптары / Условия договора", FirstLines(f, "Сатып алу бағасы / Выкупная цена", price));
        Line(f, "Сатып алу бағасы / Выкупная цена", price);
        Line(f, "Бастапқы жарна / Первоначальный взнос", $"{t.DownPayment.ToDocumentString()} теңге / тенге");
        Line(f, "Жылдық мөлшерлеме / Годовая ставка", $"{t.AnnualRatePercent.ToString("0.0##", Ru)} %");
        Line(f, "Мерзімі / Срок", $"{t.TermMonths} ай / месяцев");
        Line(f, "Басталу күні / Дата начала", t.StartDate.ToString("dd.MM.yyyy", Ru));
        Line(f, "Ай сайынғы төлем / Ежемесячный платеж", $"{schedule.MonthlyPayment.ToDocumentString()} теңге / тенге");
        Line(f, "Соңғы төлем / Последний платеж", $"{schedule.Rows[^1].Payment.ToDocumentString()} теңге / тенге");
        Line(f, "Төлемдер жиыны / Итого платежей", $"{schedule.Totals.Payments.ToDocumentString()} теңге / тенге");
        Line(f, "Оның ішінде жалдау ақысы / В том числе арендная плата", $"{schedule.Totals.Rent.ToDocumentString()} теңге / тенге");
        f.Space(4);
        Clause(
            f,
            "3.1. Төлемдер 1-қосымшадағы кестеге сәйкес ай сайын енгізіледі; әр төлем жалдау ақысынан және сатып алу бағасының бөлігінен тұрады.",
            "3.1. Платежи вносятся ежемесячно по графику (приложение 1); каждый платеж состоит из арендной платы и части выкупной цены.");
        Clause(
            f,
            "3.2. Жалға алушы пәтерді мерзімінен бұрын сатып алуға құқылы: қалған сатып алу бағасын және ағымдағы кезеңде есептелген жалдау ақысын төлейді.",
            "3.2. Арендатор вправе выкупить квартиру досрочно, уплатив оставшуюся выкупную цену и арендную плату, начисленную за текущий период.");
        Clause(
            f,
            "3.3. Сатып алу бағасы толық төленгеннен кейін ауыртпалық тоқтатылады және пәтерге меншік құқығы Жалға алушыға өтеді.",
            "3.3. После полной оплаты выкупной цены обременение прекращается, и право собственности на квартиру переходит к Арендатору.");
        Clause(
            f,
            "3.4. Жалға алушыны тұрғын үйінен тек сот шешімі бойынша айыруға болады.",
            "3.4. Арендатор может быть лишен жилища только по решению суда.");
        Clause(
            f,
            "3.5. Шартқа тараптар электрондық цифрлық қолтаңбамен қол қояды; шарт жылжымайтын мүлікке құқықтарды мемлекеттік тіркеуге жатады.",
            "3.5. Договор подписывается сторонами электронной цифровой подписью и подлежит государственной регистрации прав на недвижимое имущество.");
    }

    private static void WriteSignatures(PdfFlow f, Lease lease)
    {
        var p = lease.Parties;
        List<(string Role, string Who)> signers = [("Жалға алушы / Арендатор", $"{p.Tenant.FullName}, ЖСН / ИИН {p.Tenant.Iin}")];
        if (p.Spouse is { } spouse)
        {
            // A.17–A.18, A.23: the spouse is a party and signs right after the tenant.
            signers.Add(("Жалға алушының жұбайы / Супруг(а) арендатора", $"{spouse.FullName}, ЖСН / ИИН {spouse.Iin}"));
        }

        signers.AddRange(p.Guarantors.Select(g => ("Кепілгер / Поручитель", GuarantorText(g))));
        signers.Add(("Жалға беруші / Арендодатель", $"{p.Lessor.Name}, БСН / БИН {p.Lessor.Bin}"));

        // A.18: the signing order is one block: it moves to the next page whole rather than break across pages.
        var block = signers.Select((s, i) => SignerHeight(f, i + 1, s.Role, s.Who)).Sum();
        Heading(f, "4. Қол қою тәртібі / Порядок подписания", block);
        for (var i = 0; i < signers.Count; i++)
        {
            Signer(f, i + 1, signers[i].Role, signers[i].Who);
        }
    }

    private static void WriteScheduleAnnex(PdfFlow f, PaymentSchedule schedule)
    {
        f.NewPage();
        f.Paragraph("1-қосымша. Төлем кестесі / Приложение 1. График платежей", f.Bold, center: true);
        f.Space(6);
        double[] widths = [30, 62, 95, 95, 95, 118];
        f.Row(["№", "Күні", "Төлем", "Жалдау ақысы", "Сатып алу бөлігі", "Қалдық"], widths, f.SmallBold, false, 1);
        f.Row(["", "Дата", "Платеж", "Арендная плата", "Выкупная часть", "Остаток"], widths, f.SmallBold, true, 1);
        foreach (var r in schedule.Rows)
        {
            f.Row(
                [
                    r.N.ToString(CultureInfo.InvariantCulture), r.Date.ToString("dd.MM.yyyy", Ru), r.Payment.ToDocumentString(),
                    r.Rent.ToDocumentString(), r.Purchase.ToDocumentString(), r.Remaining.ToDocumentString(),
                ],
                widths,
                f.Small,
                false,
                1);
        }

        f.Row(
            ["", "Барлығы / Итого", schedule.Totals.Payments.ToDocumentString(), schedule.Totals.Rent.ToDocumentString(), schedule.Totals.Purchase.ToDocumentString(), ""],
            widths,
            f.SmallBold,
            false,
            1);
    }

    private static void WriteTaxAnnex(PdfFlow f, IReadOnlyList<TaxScheduleRow> taxes)
    {
        f.Space(12);
        f.EnsureSpace(80);
        f.Paragraph("2-қосымша. Салықтардың алдын ала кестесі / Приложение 2. Предварительный график налогов", f.Bold, center: true);
        f.Paragraph(
            "Жеке тұлғалардың мүлік салығының бағалауы / Оценка налога на имущество физических лиц (Салық кодексі / Налоговый кодекс РК)",
            f.Small,
            center: true);
        f.Space(6);
        double[] widths = [45, 60, 130, 120, 140];
        f.Row(["Жыл", "Айлар", "Салық салынатын құн", "Жылдық салық", "Кезеңге салық"], widths, f.SmallBold, false, 0);
        f.Row(["Год", "Месяцев", "Налоговая стоимость", "Годовой налог", "Налог за период"], widths, f.SmallBold, true, 0);
        foreach (var r in taxes)
        {
            f.Row(
                [
                    r.Year.ToString(CultureInfo.InvariantCulture), r.Months.ToString(CultureInfo.InvariantCulture),
                    r.TaxableValue.ToDocumentString(), r.AnnualTax.ToDocumentString(), r.Tax.ToDocumentString(),
                ],
                widths,
                f.Small,
                false,
                0);
        }
    }

    private static string GuarantorText(Guarantor g) =>
        g.Iin is not null ? $"{g.Name}, ЖСН / ИИН {g.Iin}" : $"{g.Name}, БСН / БИН {g.Bin}";

    /// <summary>A section heading, kept on one page with the next <paramref name="keepWithNext"/> points (keep-with-next).</summary>
    private static void Heading(PdfFlow f, string text, double keepWithNext)
    {
        f.Space(6);
        f.EnsureSpace(f.Measure(text, f.Bold) + 2 + keepWithNext);
        f.Paragraph(text, f.Bold);
        f.Space(2);
    }

    /// <summary>The height of the first two lines of a <see cref="Line"/>, which its heading keeps with it.</summary>
    private static double FirstLines(PdfFlow f, string label, string value) => f.Measure($"{label}: {value}", f.Regular, 10, maxLines: 2);

    private static void Line(PdfFlow f, string label, string value) => f.Paragraph($"{label}: {value}", f.Regular, 10);

    private static void Clause(PdfFlow f, string kazakh, string russian)
    {
        f.Paragraph(kazakh, f.Regular, 10);
        f.Paragraph(russian, f.Regular, 10);
        f.Space(3);
    }

    private static string SignerText(int order, string role, string who) => $"{order}. {role}: {who}";

    private const string SignatureLine = "ЭЦҚ / ЭЦП: ______________________________";

    private static double SignerHeight(PdfFlow f, int order, string role, string who) =>
        f.Measure(SignerText(order, role, who), f.Regular, 10) + f.Measure(SignatureLine, f.Regular, 22) + 4;

    private static void Signer(PdfFlow f, int order, string role, string who)
    {
        // One signer never breaks across pages (matters only when the whole block is taller than a page).
        f.EnsureSpace(SignerHeight(f, order, role, who));
        f.Paragraph(SignerText(order, role, who), f.Regular, 10);
        f.Paragraph(SignatureLine, f.Regular, 22);
        f.Space(4);
    }
}
