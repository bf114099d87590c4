using RentToOwn.Kadastr.Protocol.Client;
using RentToOwn.Kadastr.Protocol.V1;
using M = RentToOwn.Kadastr.Protocol.Registry.RealEstateRegistryMethods;

namespace RentToOwn.Kadastr.Protocol.Registry;

/// <summary>Typed client of the cadastre's RealEstateRegistry service.</summary>
/// <param name="client">The transport client (not owned).</param>
public sealed class RealEstateRegistryClient(GrpcClient client)
{
    /// <summary>The transport client.</summary>
    public GrpcClient Transport => client;

    /// <summary>Submits (or resubmits) an application; idempotent on its id.</summary>
    public Task<Application> SubmitApplicationAsync(SubmitApplicationRequest request, CallOptions options = default) =>
        client.UnaryAsync(M.SubmitApplication, request, options);

    /// <summary>Reads an application.</summary>
    public Task<Application> GetApplicationAsync(GetApplicationRequest request, CallOptions options = default) =>
        client.UnaryAsync(M.GetApplication, request, options);

    /// <summary>Streams an application's events after a sequence number.</summary>
    public ServerStreamingCall<ApplicationEvent> WatchApplication(WatchApplicationRequest request, CallOptions options = default) =>
        client.ServerStreaming(M.WatchApplication, request, options);

    /// <summary>Confirms the fee payment.</summary>
    public Task<Application> ConfirmPaymentAsync(ConfirmPaymentRequest request, CallOptions options = default) =>
        client.UnaryAsync(M.ConfirmPayment, request, options);

    /// <summary>Reads a property's registration sheet.</summary>
    public Task<RegistrationSheet> GetRegistrationSheetAsync(GetRegistrationSheetRequest request, CallOptions options = default) =>
        client.UnaryAsync(M.GetRegistrationSheet, request, options);

    /// <summary>Reads an inbox of notices.</summary>
    public Task<ListNoticesResponse> ListNoticesAsync(ListNoticesRequest request, CallOptions options = default) =>
        client.UnaryAsync(M.ListNotices, request, options);
}
