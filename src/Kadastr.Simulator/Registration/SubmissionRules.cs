using Grpc.Core;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator.Service;

namespace RentToOwn.Kadastr.Simulator.Registration;

/// <summary>A.22: what a submitted application must hold, and which part of it the client owns.</summary>
internal static class SubmissionRules
{
    /// <summary>Rejects a malformed application with INVALID_ARGUMENT.</summary>
    public static void Validate(Application a)
    {
        if (string.IsNullOrWhiteSpace(a.Id) || a.Id.Length > 128)
        {
            throw Rpc.Error(StatusCode.InvalidArgument, "application.id is required (at most 128 characters)");
        }

        if (a.Kind == ApplicationKind.Unspecified || !System.Enum.IsDefined(a.Kind))
        {
            throw Rpc.Error(StatusCode.InvalidArgument, "application.kind is required");
        }

        if (string.IsNullOrWhiteSpace(a.CadastralNumber))
        {
            throw Rpc.Error(StatusCode.InvalidArgument, "application.cadastral_number is required");
        }
    }

    /// <summary>A copy with every registrar-owned field cleared: the part that makes submissions idempotent.</summary>
    public static Application ClientPart(Application submitted)
    {
        var a = submitted.Clone();
        a.Status = ApplicationStatus.Unspecified;
        a.Reason = null;
        a.Entry = null;
        a.ReceivedAt = null;
        a.PaymentConfirmedAt = null;
        a.DecidedAt = null;
        a.DecisionDueAt = null;
        a.LastSequence = 0;
        return a;
    }
}
