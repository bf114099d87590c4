using Quartz;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Term.Closing;
using RentToOwn.Platform.Term.Courts;
using RentToOwn.Platform.Term.Notices;
using RentToOwn.Platform.Term.Payments;
using RentToOwn.Platform.Term.Refunds;

namespace RentToOwn.Platform.Term;

/// <summary>Registers the term (payments, arrears, buyout), the closing (A.29–A.31), the seed-000 terminations and the notices job.</summary>
public static class TermExtensions
{
    /// <summary>Adds the term services, the two payment confirmation handlers and the Quartz notices job.</summary>
    public static IHostApplicationBuilder AddTerm(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TermOptions>().BindConfiguration(TermOptions.Section)
            .Validate(o => o.ReminderDaysBefore is >= 0 and <= 31, "Term:ReminderDaysBefore must be 0..31")
            .Validate(o => o.MaxCourtDecisionBytes is > 0 and <= 50 * 1024 * 1024, "Term:MaxCourtDecisionBytes must be 1..52428800")
            .Validate(o => o.NoticeIntervalMinutes >= 1, "Term:NoticeIntervalMinutes must be at least 1");
        builder.Services.AddSingleton<TermPdf>();
        builder.Services.AddScoped<TermLeases>();
        builder.Services.AddScoped<TermStatements>();
        builder.Services.AddScoped<TermPayments>();
        builder.Services.AddScoped<LeaseClosings>();
        builder.Services.AddScoped<Terminations>();
        builder.Services.AddScoped<TermNotices>();
        builder.Services.AddScoped<TermAdjustmentLedger>();
        builder.Services.AddScoped<TermOverpayments>();
        builder.Services.AddScoped<TermRefunds>();
        builder.Services.AddScoped<IPaymentConfirmationHandler, InstallmentConfirmationHandler>();
        builder.Services.AddScoped<IPaymentConfirmationHandler, BuyoutConfirmationHandler>();
        if (Scheduling.SchedulingOptions.IsEnabled(builder.Configuration))
        {
            var minutes = builder.Configuration.GetValue($"{TermOptions.Section}:{nameof(TermOptions.NoticeIntervalMinutes)}", 60);
            builder.Services.AddQuartz(q => q.ScheduleJob<TermNoticeJob>(t => t
                .WithIdentity(TermNoticeJob.Name).StartNow().WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(Math.Max(1, minutes))).RepeatForever())));
        }

        return builder;
    }
}
