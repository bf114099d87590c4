using Grpc.Core;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator.Faults;
using RentToOwn.Kadastr.Simulator.Registration;

namespace RentToOwn.Kadastr.Simulator.Service;

/// <summary>The simulator's gRPC face: maps RealEstateRegistry calls to the registrar, with fault injection.</summary>
/// <param name="registrar">The registrar.</param>
/// <param name="faults">The fault dice.</param>
public sealed class RealEstateRegistryService(Registrar registrar, FaultInjector faults) : RealEstateRegistry.RealEstateRegistryBase
{
    /// <inheritdoc />
    public override async Task<Application> SubmitApplication(SubmitApplicationRequest request, ServerCallContext context)
    {
        await faults.BeforeAsync(context.CancellationToken).ConfigureAwait(false);
        var app = request.Application ?? throw Rpc.Error(StatusCode.InvalidArgument, "application is required");
        var result = await registrar.SubmitAsync(app, context.CancellationToken).ConfigureAwait(false);
        faults.AfterCommit();
        return result;
    }

    /// <inheritdoc />
    public override async Task<Application> GetApplication(GetApplicationRequest request, ServerCallContext context)
    {
        await faults.BeforeAsync(context.CancellationToken).ConfigureAwait(false);
        return await registrar.GetAsync(request.Id, context.CancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task WatchApplication(WatchApplicationRequest request, IServerStreamWriter<ApplicationEvent> responseStream, ServerCallContext context)
    {
        await faults.BeforeAsync(context.CancellationToken).ConfigureAwait(false);
        await registrar.WatchAsync(request.Id, request.AfterSequence, e => responseStream.WriteAsync(e), context.CancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<Application> ConfirmPayment(ConfirmPaymentRequest request, ServerCallContext context)
    {
        await faults.BeforeAsync(context.CancellationToken).ConfigureAwait(false);
        var result = await registrar.ConfirmPaymentAsync(request.ApplicationId, request.Payment, context.CancellationToken).ConfigureAwait(false);
        faults.AfterCommit();
        return result;
    }

    /// <inheritdoc />
    public override async Task<RegistrationSheet> GetRegistrationSheet(GetRegistrationSheetRequest request, ServerCallContext context)
    {
        await faults.BeforeAsync(context.CancellationToken).ConfigureAwait(false);
        return await registrar.SheetAsync(request.CadastralNumber, context.CancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<ListNoticesResponse> ListNotices(ListNoticesRequest request, ServerCallContext context)
    {
        await faults.BeforeAsync(context.CancellationToken).ConfigureAwait(false);
        if (request.Inbox == NoticeInbox.Unspecified)
        {
            throw Rpc.Error(StatusCode.InvalidArgument, "inbox is required");
        }

        var response = new ListNoticesResponse();
        response.Notices.AddRange(await registrar.NoticesAsync(request.Inbox, request.Recipient, context.CancellationToken).ConfigureAwait(false));
        return response;
    }
}
