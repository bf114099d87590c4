using System.Globalization;
using RentToOwn.Domain.Contracts;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Pdf;

namespace RentToOwn.Platform.Term.Payments;

/// <summary>One confirmed payment as the statement prints it.</summary>
/// <param name="PaidAt">When the provider says it was paid.</param>
/// <param name="Purpose">Installment or early buyout.</param>
/// <param name="Period">The period paid (installments).</param>
/// <param name="AmountTiyn">Amount paid.</param>
/// <param name="AppliedTiyn">The part applied to what it paid for (the rest is a credit or refund).</param>
/// <param name="Reference">The provider's reference.</param>
public sealed record StatementPayment(DateTimeOffset PaidAt, PaymentPurpose Purpose, int? Period, long AmountTiyn, long AppliedTiyn, string Reference);

/// <summary>
/// Issue 14: the term's schedule and payment statement as deterministic A4 PDFs in kk or ru (the same statement gives
/// the same bytes; <see cref="PdfLayout"/>), in the contract's fonts. No IIN is printed.
/// </summary>
public sealed class TermStatementPdf(ContractPdfRenderer contractRenderer)
{
    private static readonly double[] ScheduleColumns = [40, 80, 100, 90, 90, 95];
    private static readonly double[] PeriodColumns = [40, 80, 90, 90, 90, 105];
    private static readonly double[] PaymentColumns = [75, 110, 45, 90, 90, 85];
    private static readonly TimeSpan Almaty = TimeSpan.FromHours(5);
    private readonly ContractPdfFonts _fonts = contractRenderer.Fonts;

    private sealed record ScheduleContent(string Language, string Number, string TenantName, long MonthlyPaymentTiyn, IReadOnlyList<ScheduleLine> Periods);

    private sealed record ScheduleLine(int N, DateOnly Due, long PaymentTiyn, long RentTiyn, long PurchaseTiyn);

    private sealed record StatementContent(string Language, string TenantName, TermStatement Statement, IReadOnlyList<StatementPayment> Payments);

    /// <summary>The PDF of the whole schedule: each period's due date (moved to a working day) and its rent and purchase parts.</summary>
    public byte[] Schedule(TermStatement statement, string tenantName, string language)
    {
        string T(string key) => UiText.Shared.Get(language, "term." + key);
        var content = new ScheduleContent(language, statement.Number, tenantName, statement.MonthlyPaymentTiyn,
            statement.Periods.Select(p => new ScheduleLine(p.N, p.EffectiveDueDate, p.PaymentTiyn, p.RentTiyn, p.PurchaseTiyn)).ToList());
        var first = content.Periods.Count > 0 ? content.Periods[0].Due : DateOnly.FromDateTime(DateTime.UnixEpoch);
        using var w = PdfLayout.Start(content, $"{T("pdf.schedule")}: {statement.Number}", first.ToDateTime(TimeOnly.MinValue), margin: 50);
        Heading(w, T("pdf.schedule"), statement.Number, tenantName, T);
        w.Line($"{T("pdf.monthly")}: {M(statement.MonthlyPaymentTiyn)} ₸; {T("pdf.periods")}: {content.Periods.Count}", _fonts.Regular(9));
        w.Space(8);
        var (regular, bold) = (_fonts.Regular(8.5), _fonts.Bold(8.5));
        w.Header([T("col.n"), T("col.due"), T("col.payment"), T("col.rent"), T("col.purchase"), ""], ScheduleColumns, bold);
        foreach (var p in content.Periods)
        {
            w.Row([N(p.N), Date(p.Due), M(p.PaymentTiyn), M(p.RentTiyn), M(p.PurchaseTiyn), ""], ScheduleColumns, regular);
        }

        w.Header([T("pdf.total"), "", M(content.Periods.Sum(p => p.PaymentTiyn)), M(content.Periods.Sum(p => p.RentTiyn)), M(content.Periods.Sum(p => p.PurchaseTiyn)), ""],
            ScheduleColumns, bold);
        w.EndTable();
        Footer(w, T);
        return w.ToBytes();
    }

    /// <summary>The PDF of where the term stands on the statement's date: the summary, the payments received, and every period's state.</summary>
    public byte[] Statement(TermStatement statement, IReadOnlyList<StatementPayment> payments, string tenantName, string language)
    {
        string T(string key) => UiText.Shared.Get(language, "term." + key);
        var content = new StatementContent(language, tenantName, statement, payments);
        using var w = PdfLayout.Start(content, $"{T("pdf.statement")}: {statement.Number}", statement.Today.ToDateTime(TimeOnly.MinValue), margin: 50);
        Heading(w, T("pdf.statement"), statement.Number, tenantName, T);
        var (text, bold) = (_fonts.Regular(9), _fonts.Bold(9));
        w.Line($"{T("pdf.asof")}: {Date(statement.Today)}", bold);
        w.Line($"{T("col.paid")}: {M(statement.PaidTiyn)} ₸ ({statement.PaidPeriods} / {statement.Periods.Count})", text);
        if (statement.NextPeriod is { } next) w.Line($"{T("pdf.next")}: {M(next.OutstandingTiyn)} ₸, {Date(next.EffectiveDueDate)}", text);
        w.Line($"{T("arrears")}: {M(statement.ArrearsTiyn)} ₸ ({statement.OverduePeriods} {T("arrears.periods")}; {T("arrears.max")}: {statement.MaxDaysOverdue} {T("days")})", text);
        if (statement.CreditTiyn > 0) w.Line($"{T("credit")}: {M(statement.CreditTiyn)} ₸", text);
        if (statement.RefundDueTiyn > 0) w.Line($"{T("refund.due")}: {M(statement.RefundDueTiyn)} ₸", text);
        if (statement.RefundedTiyn > 0) w.Line($"{T("refund.done")}: {M(statement.RefundedTiyn)} ₸", text);
        if (statement.PurchaseCompleted) w.Line(T("completed"), bold);

        var (regular, small) = (_fonts.Regular(8.5), _fonts.Bold(8.5));
        w.Space(10);
        w.Line(T("pdf.payments"), bold);
        if (payments.Count == 0)
        {
            w.Line(T("pdf.nopayments"), text);
        }
        else
        {
            w.Header([T("col.date"), T("col.purpose"), T("col.n"), T("col.amount"), T("col.paid"), T("col.reference")], PaymentColumns, small);
            foreach (var p in payments)
            {
                w.Row([Date(DateOnly.FromDateTime(p.PaidAt.ToOffset(Almaty).DateTime)), T("purpose." + p.Purpose), p.Period is { } n ? N(n) : "—",
                    M(p.AmountTiyn), M(p.AppliedTiyn), p.Reference], PaymentColumns, regular);
            }

            w.EndTable();
        }

        w.Space(10);
        w.Line(T("pdf.periods"), bold);
        w.Header([T("col.n"), T("col.due"), T("col.payment"), T("col.paid"), T("col.outstanding"), T("col.state")], PeriodColumns, small);
        foreach (var p in statement.Periods)
        {
            var state = T("state." + p.State) + (p.DaysOverdue > 0 ? $" ({p.DaysOverdue} {T("days")})" : "");
            w.Row([N(p.N), Date(p.EffectiveDueDate), M(p.PaymentTiyn), M(p.PaidTiyn), M(p.OutstandingTiyn), state], PeriodColumns, regular);
        }

        w.EndTable();
        Footer(w, T);
        return w.ToBytes();
    }

    private void Heading(PdfLayout w, string title, string number, string tenantName, Func<string, string> t)
    {
        w.Line(title, _fonts.Bold(14));
        w.Space(6);
        w.Line($"{t("pdf.contract")}: {number}", _fonts.Bold(10));
        w.Line($"{t("pdf.tenant")}: {tenantName}", _fonts.Regular(10));
        w.Space(6);
    }

    private void Footer(PdfLayout w, Func<string, string> t)
    {
        w.Space(10);
        w.Line(t("pdf.footer"), _fonts.Regular(7.5));
    }

    private static string M(long tiyn) => (tiyn / 100m).ToString("#,0.00", CultureInfo.InvariantCulture).Replace(",", " ", StringComparison.Ordinal);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
