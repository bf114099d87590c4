using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using RentToOwn.LedgerAdapter.Fabric.Protos.Common;
using RentToOwn.LedgerAdapter.Fabric.Protos.Peer;

namespace RentToOwn.LedgerAdapter.Fabric;

/// <summary>A signed chaincode proposal and its transaction id.</summary>
/// <param name="TransactionId">hex(SHA-256(nonce ‖ creator)), which the peer recomputes.</param>
/// <param name="Signed">The signed proposal.</param>
public sealed record FabricProposal(string TransactionId, SignedProposal Signed)
{
    /// <summary>
    /// Builds a proposal as Fabric's clients do (fabric-gateway pkg/client/proposalbuilder.go):
    /// Header{ChannelHeader(ENDORSER_TRANSACTION, channel, txid, timestamp, ChaincodeHeaderExtension{chaincode}),
    /// SignatureHeader(creator, 24-byte nonce)}, payload ChaincodeProposalPayload{ChaincodeInvocationSpec{args}}.
    /// </summary>
    public static FabricProposal Create(FabricIdentity identity, string channel, string chaincode, IReadOnlyList<byte[]> args, DateTimeOffset now)
    {
        var nonce = System.Security.Cryptography.RandomNumberGenerator.GetBytes(24);
        var txId = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([.. nonce, .. identity.Serialized]));
        var chaincodeId = new ChaincodeID { Name = chaincode };
        var channelHeader = new ChannelHeader
        {
            Type = (int)HeaderType.EndorserTransaction,
            ChannelId = channel,
            TxId = txId,
            Timestamp = Timestamp.FromDateTimeOffset(now),
            Extension = new ChaincodeHeaderExtension { ChaincodeId = chaincodeId }.ToByteString(),
        };
        var header = new Header
        {
            ChannelHeader = channelHeader.ToByteString(),
            SignatureHeader = new SignatureHeader { Creator = ByteString.CopyFrom(identity.Serialized), Nonce = ByteString.CopyFrom(nonce) }.ToByteString(),
        };
        var input = new ChaincodeInput();
        input.Args.AddRange(args.Select(ByteString.CopyFrom));
        var spec = new ChaincodeInvocationSpec { ChaincodeSpec = new ChaincodeSpec { Type = ChaincodeSpec.Types.Type.Node, ChaincodeId = chaincodeId, Input = input } };
        var proposal = new Proposal
        {
            Header = header.ToByteString(),
            Payload = new ChaincodeProposalPayload { Input = spec.ToByteString() }.ToByteString(),
        };
        var bytes = proposal.ToByteArray();
        return new FabricProposal(txId, new SignedProposal { ProposalBytes = ByteString.CopyFrom(bytes), Signature = ByteString.CopyFrom(identity.Sign(bytes)) });
    }
}
