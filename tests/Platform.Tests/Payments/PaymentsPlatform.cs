using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Payments;

/// <summary>The app with the sandbox acquirer routed in memory and, instead of the real handlers, two recording handlers for installments.</summary>
internal sealed class PaymentsPlatform : PlatformFactory
{
    public RecordingHandler Recorder { get; } = new();

    public FlakyHandler Flaky { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SandboxPaymentsHost.Route(this, builder);
        builder.ConfigureTestServices(s =>
        {
            // The payments module alone: the real handlers (term, registration) need their leases and applications.
            foreach (var real in s.Where(d => d.ServiceType == typeof(IPaymentConfirmationHandler)).ToList()) s.Remove(real);
            s.AddSingleton<IPaymentConfirmationHandler>(Recorder);
            s.AddSingleton<IPaymentConfirmationHandler>(Flaky);
        });
    }

    public sealed class RecordingHandler : IPaymentConfirmationHandler
    {
        public List<ConfirmedPayment> Calls { get; } = [];

        public PaymentPurpose Purpose => PaymentPurpose.Installment;

        public Task HandleAsync(ConfirmedPayment payment, CancellationToken ct)
        {
            lock (Calls) Calls.Add(payment);
            return Task.CompletedTask;
        }
    }

    public sealed class FlakyHandler : IPaymentConfirmationHandler
    {
        public int FailuresLeft { get; set; }

        public int Successes { get; private set; }

        public PaymentPurpose Purpose => PaymentPurpose.Installment;

        public Task HandleAsync(ConfirmedPayment payment, CancellationToken ct)
        {
            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new InvalidOperationException("handler down");
            }

            Successes++;
            return Task.CompletedTask;
        }
    }
}
