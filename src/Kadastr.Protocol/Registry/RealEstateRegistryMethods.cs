using RentToOwn.Kadastr.Protocol.Transport;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Protocol.Registry;

/// <summary>The methods of <c>rto.kadastr.v1.RealEstateRegistry</c> (contracts/proto/kadastr.proto).</summary>
public static class RealEstateRegistryMethods
{
    /// <summary>Fully qualified service name.</summary>
    public const string ServiceName = "rto.kadastr.v1.RealEstateRegistry";

    /// <summary>SubmitApplication (idempotent on the application id).</summary>
    public static readonly Method<SubmitApplicationRequest, Application> SubmitApplication =
        new(MethodType.Unary, ServiceName, "SubmitApplication", SubmitApplicationRequest.Parser, Application.Parser);

    /// <summary>GetApplication.</summary>
    public static readonly Method<GetApplicationRequest, Application> GetApplication =
        new(MethodType.Unary, ServiceName, "GetApplication", GetApplicationRequest.Parser, Application.Parser);

    /// <summary>WatchApplication (server streaming, resumable by sequence).</summary>
    public static readonly Method<WatchApplicationRequest, ApplicationEvent> WatchApplication =
        new(MethodType.ServerStreaming, ServiceName, "WatchApplication", WatchApplicationRequest.Parser, ApplicationEvent.Parser);

    /// <summary>ConfirmPayment (A.22, A.38).</summary>
    public static readonly Method<ConfirmPaymentRequest, Application> ConfirmPayment =
        new(MethodType.Unary, ServiceName, "ConfirmPayment", ConfirmPaymentRequest.Parser, Application.Parser);

    /// <summary>GetRegistrationSheet.</summary>
    public static readonly Method<GetRegistrationSheetRequest, RegistrationSheet> GetRegistrationSheet =
        new(MethodType.Unary, ServiceName, "GetRegistrationSheet", GetRegistrationSheetRequest.Parser, RegistrationSheet.Parser);

    /// <summary>ListNotices (A.28, A.37).</summary>
    public static readonly Method<ListNoticesRequest, ListNoticesResponse> ListNotices =
        new(MethodType.Unary, ServiceName, "ListNotices", ListNoticesRequest.Parser, ListNoticesResponse.Parser);
}
