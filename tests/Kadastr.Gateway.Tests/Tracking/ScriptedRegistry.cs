using Grpc.Core;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Gateway.Tests.Tracking;

/// <summary>
/// A cadastre with a fixed event log per application: RECEIVED, UNDER_REVIEW, REGISTERED and a notice (A.25–A.28).
/// WatchApplication streams the events after the asked sequence and ends (the status is final); it can be made to fail.
/// </summary>
public sealed class ScriptedRegistry : RealEstateRegistry.RealEstateRegistryBase
{
    private int watches;

    private int watchFails = -1;

    /// <summary>When set, WatchApplication fails with this status code.</summary>
    public StatusCode? WatchFails
    {
        get => Volatile.Read(ref watchFails) is var c and >= 0 ? (StatusCode)c : null;
        set => Volatile.Write(ref watchFails, value is { } c ? (int)c : -1);
    }

    /// <summary>WatchApplication calls so far.</summary>
    public int Watches => Volatile.Read(ref watches);

    /// <summary>The event log of an application.</summary>
    public static IReadOnlyList<ApplicationEvent> Events(string id) =>
    [
        new() { ApplicationId = id, Sequence = 1, Status = ApplicationStatus.Received },
        new() { ApplicationId = id, Sequence = 2, Status = ApplicationStatus.UnderReview },
        new() { ApplicationId = id, Sequence = 3, Status = ApplicationStatus.Registered, Entry = new RegistrationEntry { EntryNumber = "E-1" } },
        new() { ApplicationId = id, Sequence = 4, Status = ApplicationStatus.Registered, Notice = new Notice { Inbox = NoticeInbox.EgovCabinet } },
    ];

    /// <inheritdoc />
    public override Task<Application> SubmitApplication(SubmitApplicationRequest request, ServerCallContext context) =>
        Task.FromResult(new Application { Id = request.Application.Id, Status = ApplicationStatus.Received });

    /// <inheritdoc />
    public override Task<Application> GetApplication(GetApplicationRequest request, ServerCallContext context) =>
        Task.FromResult(new Application { Id = request.Id, Status = ApplicationStatus.Registered, LastSequence = 4 });

    /// <inheritdoc />
    public override async Task WatchApplication(WatchApplicationRequest request, IServerStreamWriter<ApplicationEvent> writer, ServerCallContext context)
    {
        Interlocked.Increment(ref watches);
        if (WatchFails is { } code)
        {
            throw new RpcException(new Status(code, "watch is down"));
        }

        foreach (var e in Events(request.Id).Where(e => e.Sequence > request.AfterSequence))
        {
            await writer.WriteAsync(e);
        }
    }
}
