using System.Text;
using RentToOwn.LedgerAdapter.Fabric.Protos.Common;
using RentToOwn.LedgerAdapter.Fabric.Protos.Msp;
using RentToOwn.LedgerAdapter.Fabric.Protos.Peer;

namespace RentToOwn.LedgerAdapter.Fabric;

/// <summary>An endorser transaction read from its envelope (ours or any other Fabric client's).</summary>
/// <param name="TransactionId">Channel header tx id.</param>
/// <param name="Channel">Channel id.</param>
/// <param name="Timestamp">Client's timestamp.</param>
/// <param name="CreatorMspId">Creator's MSP.</param>
/// <param name="CreatorCertificatePem">Creator's certificate.</param>
/// <param name="Chaincode">Chaincode invoked.</param>
/// <param name="Arguments">Arguments (the first is the function name).</param>
/// <param name="ResponseStatus">Chaincode response status.</param>
/// <param name="ResponseMessage">Chaincode response message.</param>
/// <param name="ResponsePayload">Chaincode response payload.</param>
/// <param name="EndorserMspIds">MSP of each endorsement.</param>
/// <param name="EventName">Chaincode event name, if any.</param>
public sealed record FabricTransaction(
    string TransactionId, string Channel, DateTimeOffset Timestamp, string CreatorMspId, string CreatorCertificatePem,
    string Chaincode, IReadOnlyList<byte[]> Arguments, int ResponseStatus, string ResponseMessage, byte[] ResponsePayload,
    IReadOnlyList<string> EndorserMspIds, string? EventName)
{
    /// <summary>The function name (first argument).</summary>
    public string Function => Arguments.Count > 0 ? Encoding.UTF8.GetString(Arguments[0]) : "";

    /// <summary>
    /// Decodes an ENDORSER_TRANSACTION envelope: Payload → Header (ChannelHeader, SignatureHeader) and
    /// Transaction → TransactionAction[0] → ChaincodeActionPayload (proposal payload, endorsed action →
    /// ProposalResponsePayload → ChaincodeAction). Message layout: fabric-protos peer/proposal.proto, peer/transaction.proto.
    /// </summary>
    /// <exception cref="InvalidDataException">Not an endorser transaction or malformed.</exception>
    public static FabricTransaction Decode(Envelope envelope)
    {
        try
        {
            var payload = Payload.Parser.ParseFrom(envelope.Payload);
            var channelHeader = ChannelHeader.Parser.ParseFrom(payload.Header.ChannelHeader);
            if (channelHeader.Type != (int)HeaderType.EndorserTransaction)
            {
                throw new InvalidDataException($"not an endorser transaction (header type {channelHeader.Type})");
            }

            var creator = SerializedIdentity.Parser.ParseFrom(SignatureHeader.Parser.ParseFrom(payload.Header.SignatureHeader).Creator);
            var tx = Transaction.Parser.ParseFrom(payload.Data);
            if (tx.Actions.Count == 0) throw new InvalidDataException("transaction without actions");
            var actionPayload = ChaincodeActionPayload.Parser.ParseFrom(tx.Actions[0].Payload);
            var proposalPayload = ChaincodeProposalPayload.Parser.ParseFrom(actionPayload.ChaincodeProposalPayload);
            var spec = ChaincodeInvocationSpec.Parser.ParseFrom(proposalPayload.Input).ChaincodeSpec;
            var responsePayload = ProposalResponsePayload.Parser.ParseFrom(actionPayload.Action.ProposalResponsePayload);
            var action = ChaincodeAction.Parser.ParseFrom(responsePayload.Extension);
            string? eventName = null;
            if (!action.Events.IsEmpty) eventName = ChaincodeEvent.Parser.ParseFrom(action.Events).EventName;
            var endorsers = actionPayload.Action.Endorsements.Select(e => SerializedIdentity.Parser.ParseFrom(e.Endorser).Mspid).ToList();
            return new FabricTransaction(
                channelHeader.TxId, channelHeader.ChannelId, channelHeader.Timestamp?.ToDateTimeOffset() ?? default,
                creator.Mspid, creator.IdBytes.ToStringUtf8(), spec.ChaincodeId?.Name ?? action.ChaincodeId?.Name ?? "",
                spec.Input.Args.Select(a => a.ToByteArray()).ToList(), action.Response?.Status ?? 0, action.Response?.Message ?? "",
                action.Response?.Payload.ToByteArray() ?? [], endorsers, eventName);
        }
        catch (Google.Protobuf.InvalidProtocolBufferException e)
        {
            throw new InvalidDataException($"malformed Fabric transaction: {e.Message}", e);
        }
    }
}
