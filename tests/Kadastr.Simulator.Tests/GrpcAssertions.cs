using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Simulator.Tests;

internal static class GrpcAssertions
{
    public static Task<Application> SubmitAsync(this RealEstateRegistry.RealEstateRegistryClient client, Application app) =>
        client.SubmitApplicationAsync(new SubmitApplicationRequest { Application = app }).ResponseAsync;

    public static void AssertReason(Application app, ApplicationStatus status, string code)
    {
        Assert.Equal(status, app.Status);
        Assert.Equal(code, app.Reason.Code);
        Assert.False(string.IsNullOrWhiteSpace(app.Reason.TextKk));
        Assert.False(string.IsNullOrWhiteSpace(app.Reason.TextRu));
        Assert.NotEqual(app.Reason.TextKk, app.Reason.TextRu);
        Assert.Equal(status == ApplicationStatus.Suspended ? "art. 27" : status == ApplicationStatus.Refused ? "art. 31" : "A.25", app.Reason.LegalBasis);
    }
}
