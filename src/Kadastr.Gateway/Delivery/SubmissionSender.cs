using Grpc.Core;
using Polly;
using Polly.Retry;
using RentToOwn.Kadastr.Protocol.Calls;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Gateway.Delivery;

/// <summary>
/// Sends one submission: SubmitApplication with a deadline, retried on transient failures with
/// exponential backoff and jitter (Polly). Safe to repeat: the cadastre de-duplicates by id.
/// </summary>
public sealed class SubmissionSender
{
    private readonly RealEstateRegistry.RealEstateRegistryClient client;
    private readonly GatewayOptions options;
    private readonly ResiliencePipeline pipeline;

    /// <summary>Creates the sender.</summary>
    public SubmissionSender(RealEstateRegistry.RealEstateRegistryClient client, GatewayOptions options, TimeProvider clock)
    {
        this.client = client;
        this.options = options;
        pipeline = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<RpcException>(e => TransientFailures.IsTransient(e.StatusCode)),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                MaxRetryAttempts = Math.Max(options.RetryAttempts, 1),
            })
            .Build();
    }

    /// <summary>Submits; throws the last <see cref="RpcException"/> when retries are exhausted or the failure is permanent.</summary>
    public async Task<Application> SendAsync(Application application, CancellationToken ct)
    {
        var request = new SubmitApplicationRequest { Application = application };
        return await pipeline.ExecuteAsync(
            async token => await client.SubmitApplicationAsync(request, deadline: CallDeadline.After(options.CallTimeout), cancellationToken: token).ConfigureAwait(false),
            ct).ConfigureAwait(false);
    }
}
