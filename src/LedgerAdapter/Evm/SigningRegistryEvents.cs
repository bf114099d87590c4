using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using RentToOwn.LedgerAdapter.Evm.Messages;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>SigningRegistry's events in a receipt, decoded by Nethereum (logs of other events are skipped).</summary>
public static class SigningRegistryEvents
{
    /// <summary>The <c>Recorded</c> events of a receipt.</summary>
    public static IReadOnlyList<RecordedEvent> Recorded(TransactionReceipt receipt) =>
        receipt.DecodeAllEvents<RecordedEventDto>().Select(ToRecorded).ToList();

    /// <summary>The <c>Anchored</c> events of a receipt.</summary>
    public static IReadOnlyList<AnchoredEvent> Anchored(TransactionReceipt receipt) =>
        receipt.DecodeAllEvents<AnchoredEventDto>().Select(e => new AnchoredEvent(
            (long)e.Event.TreeSize, e.Event.Root, e.Event.Writer.ToLowerInvariant(), (long)e.Log.BlockNumber.Value, e.Log.TransactionHash, e.Log.Address.ToLowerInvariant())).ToList();

    internal static RecordedEvent ToRecorded(EventLog<RecordedEventDto> e) => new(
        e.Event.Subject, e.Event.EntryHash, e.Event.Kind, e.Event.Writer.ToLowerInvariant(), (long)e.Event.Index,
        (long)e.Log.BlockNumber.Value, e.Log.TransactionHash, e.Log.Address.ToLowerInvariant());
}
