using RentToOwn.Kadastr.Protocol.Server;
using RentToOwn.Kadastr.Protocol.Transport;
using RentToOwn.Kadastr.Protocol.V1;
using M = RentToOwn.Kadastr.Protocol.Registry.RealEstateRegistryMethods;

namespace RentToOwn.Kadastr.Protocol.Registry;

/// <summary>Server side of RealEstateRegistry: override the methods you serve; the rest answer UNIMPLEMENTED.</summary>
public abstract class RealEstateRegistryBase
{
    /// <summary>SubmitApplication.</summary>
    public virtual Task<Application> SubmitApplication(SubmitApplicationRequest request, ServerCallContext context) => throw Unimplemented();

    /// <summary>GetApplication.</summary>
    public virtual Task<Application> GetApplication(GetApplicationRequest request, ServerCallContext context) => throw Unimplemented();

    /// <summary>WatchApplication.</summary>
    public virtual Task WatchApplication(WatchApplicationRequest request, IServerStreamWriter<ApplicationEvent> writer, ServerCallContext context) => throw Unimplemented();

    /// <summary>ConfirmPayment.</summary>
    public virtual Task<Application> ConfirmPayment(ConfirmPaymentRequest request, ServerCallContext context) => throw Unimplemented();

    /// <summary>GetRegistrationSheet.</summary>
    public virtual Task<RegistrationSheet> GetRegistrationSheet(GetRegistrationSheetRequest request, ServerCallContext context) => throw Unimplemented();

    /// <summary>ListNotices.</summary>
    public virtual Task<ListNoticesResponse> ListNotices(ListNoticesRequest request, ServerCallContext context) => throw Unimplemented();

    /// <summary>Binds every method of this implementation.</summary>
    public GrpcServiceDefinition Bind() => new GrpcServiceDefinition()
        .AddUnary(M.SubmitApplication, SubmitApplication)
        .AddUnary(M.GetApplication, GetApplication)
        .AddServerStreaming(M.WatchApplication, WatchApplication)
        .AddUnary(M.ConfirmPayment, ConfirmPayment)
        .AddUnary(M.GetRegistrationSheet, GetRegistrationSheet)
        .AddUnary(M.ListNotices, ListNotices);

    private static RpcException Unimplemented() => new(StatusCode.Unimplemented, "Method is unimplemented.");
}
