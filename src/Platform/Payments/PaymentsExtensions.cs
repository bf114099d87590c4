using RentToOwn.Platform.Payments.Callbacks;
using RentToOwn.Platform.Payments.Dispatch;
using RentToOwn.Platform.Payments.Sandbox;

namespace RentToOwn.Platform.Payments;

/// <summary>Registers payments: the provider (the sandbox acquirer by default), the signed-callback verification and the handler dispatch.</summary>
public static class PaymentsExtensions
{
    /// <summary>Adds everything payments need.</summary>
    public static IHostApplicationBuilder AddPayments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PaymentsOptions>().BindConfiguration(PaymentsOptions.Section);
        builder.Services.AddSingleton<ProviderKey>();
        builder.Services.AddSingleton<PaymentConfirmations>();
        builder.Services.AddScoped<PaymentCallbackProcessor>();
        builder.Services.AddHostedService<PaymentHandlerRetryService>();
        if (builder.Configuration.GetValue($"{PaymentsOptions.Section}:Sandbox:Enabled", true))
        {
            builder.Services.AddHttpClient(SandboxCallbackSender.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
            builder.Services.AddSingleton<SandboxAcquirerKey>();
            builder.Services.AddSingleton<SandboxCallbackSender>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<SandboxCallbackSender>());
            builder.Services.AddScoped<SandboxAcquirer>();
            builder.Services.AddScoped<IPaymentProvider, SandboxPaymentProvider>();
        }

        return builder;
    }
}
