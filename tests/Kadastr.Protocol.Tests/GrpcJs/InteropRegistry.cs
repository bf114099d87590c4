using System.Globalization;
using System.Text.RegularExpressions;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Protocol.Tests.GrpcJs;

/// <summary>The C# twin of interop/peer.js's server behaviour, served by Grpc.AspNetCore.</summary>
public sealed partial class InteropRegistry(TimeProvider clock) : RealEstateRegistry.RealEstateRegistryBase
{
    public const string Token = "secret-token";

    /// <summary>Completed when a streaming handler saw its call cancelled (client cancel or deadline).</summary>
    public TaskCompletionSource<bool> StreamCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async Task<Application> SubmitApplication(SubmitApplicationRequest request, ServerCallContext context)
    {
        var app = request.Application ?? new Application();
        if (app.Id == "fail")
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "bad application: қате / ошибка 100%"));
        }

        var authorization = context.RequestHeaders.GetValue("authorization");
        if (app.Id == "auth" && authorization != "Bearer " + Token)
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "missing or wrong token"));
        }

        var headers = new Metadata { { "x-echo-token", authorization ?? string.Empty } };
        if (context.RequestHeaders.GetValueBytes("x-request-bin") is { } bin)
        {
            headers.Add("x-echo-bin", bin);
        }

        await context.WriteResponseHeadersAsync(headers);
        context.ResponseTrailers.Add("x-trailer", "trailer-value");
        context.ResponseTrailers.Add("x-data-bin", new byte[] { 1, 2, 3, 250 });
        var reply = new Application { Id = app.Id, Kind = app.Kind, CadastralNumber = app.CadastralNumber, Status = ApplicationStatus.Received };
        reply.Parties.AddRange(app.Parties);
        return reply;
    }

    public override async Task<Application> GetApplication(GetApplicationRequest request, ServerCallContext context)
    {
        switch (request.Id)
        {
            case "missing":
                throw new RpcException(new Status(StatusCode.NotFound, "application missing not found"));
            case "slow":
                await Task.Delay(TimeSpan.FromSeconds(3), clock, context.CancellationToken);
                return new Application { Id = request.Id };
            case "deadline":
                // Grpc.AspNetCore reports the caller's grpc-timeout as a UTC deadline (DateTime.MaxValue when none).
                var left = context.Deadline == DateTime.MaxValue ? -1 : (context.Deadline - clock.GetUtcNow().UtcDateTime).TotalMilliseconds;
                return new Application { Id = request.Id, CadastralNumber = Math.Round(left).ToString(CultureInfo.InvariantCulture) };
            default:
                return new Application { Id = request.Id, Status = ApplicationStatus.UnderReview };
        }
    }

    public override async Task WatchApplication(WatchApplicationRequest request, IServerStreamWriter<ApplicationEvent> responseStream, ServerCallContext context)
    {
        var seq = request.AfterSequence;
        if (request.Id == "stream-slow")
        {
            try
            {
                while (true)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(50), clock, context.CancellationToken);
                    await responseStream.WriteAsync(Event(request.Id, ++seq));
                }
            }
            catch (Exception) when (context.CancellationToken.IsCancellationRequested)
            {
                StreamCancelled.TrySetResult(true);
                throw;
            }
        }

        var n = request.Id == "stream-fail" ? 2 : StreamCount().Match(request.Id) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 5;
        for (var i = 0; i < n; i++)
        {
            await responseStream.WriteAsync(Event(request.Id, ++seq));
        }

        if (request.Id == "stream-fail")
        {
            throw new RpcException(new Status(StatusCode.Aborted, "stream aborted on purpose"));
        }
    }

    private ApplicationEvent Event(string id, ulong seq) => new()
    {
        ApplicationId = id,
        Sequence = seq,
        Status = ApplicationStatus.UnderReview,
        At = Timestamp.FromDateTimeOffset(clock.GetUtcNow()),
    };

    [GeneratedRegex("^stream-(\\d+)$")]
    private static partial Regex StreamCount();
}
