using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using RentToOwn.LedgerAdapter.Fabric.Protos.Common;
using RentToOwn.LedgerAdapter.Fabric.Protos.Gateway;
using RentToOwn.LedgerAdapter.Fabric.Protos.Msp;
using RentToOwn.LedgerAdapter.Fabric.Protos.Peer;

namespace RentToOwn.LedgerAdapter.Fabric.Tests;

/// <summary>Our client against the reference Gateway client @hyperledger/fabric-gateway 1.12.1 (npm).</summary>
[Collection("fabric")]
public class ReferenceClientInteropTests(FabricNetworkFixture network)
{
    [Fact]
    public async Task Both_clients_proposals_are_accepted_and_our_decoder_reads_the_reference_transaction()
    {
        var subject = Convert.ToHexStringLower(TestRecords.RandomHash());
        var hash = Convert.ToHexStringLower(TestRecords.RandomHash());
        using var reference = JsonDocument.Parse(await RunReferenceClientAsync("KtkMSP", subject, hash, "4"));
        var r = reference.RootElement;
        Assert.True(r.GetProperty("successful").GetBoolean());
        Assert.Equal(0, r.GetProperty("code").GetInt32());
        var txId = r.GetProperty("transactionId").GetString()!;
        var block = long.Parse(r.GetProperty("blockNumber").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        // The reference proposal has the same shape as ours for the same identity, channel, chaincode and arguments.
        using var registry = network.Registry();
        var identity = registry.Client.Identity;
        var theirs = ProposedTransaction.Parser.ParseFrom(Convert.FromBase64String(r.GetProperty("proposal").GetString()!));
        var ours = registry.Client.Propose(network.Profile.Channel, network.Profile.Chaincode, "SigningRegistry:record", subject, hash, "4");
        var a = Describe(theirs.Proposal);
        var b = Describe(ours.Signed);
        Assert.Equal(txId, theirs.TransactionId);
        Assert.Equal(txId, a.TxId);
        Assert.Equal(b with { TxId = "", Nonce = [] }, a with { TxId = "", Nonce = [] });
        Assert.Equal(identity.Serialized, a.Creator);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([.. a.Nonce, .. a.Creator])), a.TxId);

        // Both signatures are DER ECDSA P-256 with low S over SHA-256 of the proposal bytes, by the same key.
        using var publicKey = identity.Certificate.GetECDsaPublicKey()!;
        foreach (var signed in new[] { theirs.Proposal, ours.Signed })
        {
            Assert.True(FabricIdentity.IsLowS(signed.Signature.ToByteArray()));
            Assert.True(publicKey.VerifyData(signed.ProposalBytes.Span, signed.Signature.Span, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
        }

        // Our decoder reads the reference client's prepared transaction and the committed one from the peer (qscc).
        var prepared = PreparedTransaction.Parser.ParseFrom(Convert.FromBase64String(r.GetProperty("prepared").GetString()!));
        var decoded = FabricTransaction.Decode(prepared.Envelope);
        Assert.Equal(txId, decoded.TransactionId);
        Assert.Equal(network.Profile.Channel, decoded.Channel);
        Assert.Equal("KtkMSP", decoded.CreatorMspId);
        Assert.Equal(network.Profile.Chaincode, decoded.Chaincode);
        Assert.Equal(["SigningRegistry:record", subject, hash, "4"], decoded.Arguments.Select(x => Encoding.UTF8.GetString(x)).ToArray());
        Assert.Equal(r.GetProperty("result").GetString(), Encoding.UTF8.GetString(decoded.ResponsePayload));
        var committed = await registry.GetTransactionAsync(txId);
        Assert.NotNull(committed);
        Assert.Equal("VALID", committed!.ValidationCode);
        Assert.Equal(block, committed.BlockNumber);
        var c = committed.Transaction;
        Assert.Equal((decoded.TransactionId, decoded.Channel, decoded.Timestamp, decoded.CreatorCertificatePem, decoded.Chaincode, decoded.EventName),
            (c.TransactionId, c.Channel, c.Timestamp, c.CreatorCertificatePem, c.Chaincode, c.EventName));
        Assert.Equal(decoded.Arguments, c.Arguments);
        Assert.Equal(decoded.ResponsePayload, c.ResponsePayload);
        Assert.Equal(["GovCorpMSP", "KtkMSP"], committed.Transaction.EndorserMspIds.Order().ToArray());

        // Our client's proposal for the same entry is accepted by the peers and answered with the reference transaction.
        var again = await registry.RecordAsync(Convert.FromHexString(subject), Convert.FromHexString(hash), 4);
        Assert.True(again.AlreadyRecorded);
        Assert.Equal(txId, again.TransactionId);
        Assert.Equal(block, again.BlockNumber);
        var mine = await registry.RecordAsync(Convert.FromHexString(subject), TestRecords.RandomHash(), 4);
        Assert.False(mine.AlreadyRecorded);
        Assert.Equal(2, (await registry.EntriesBySubjectAsync(Convert.FromHexString(subject))).Count);
    }

    private sealed record ProposalShape(string TxId, int Type, string Channel, string ChaincodeInHeader, byte[] Creator, byte[] Nonce,
        string ChaincodeInPayload, string Args, int TransientCount, bool HasExtension)
    {
        public bool Equals(ProposalShape? other) => other is not null && TxId == other.TxId && Type == other.Type && Channel == other.Channel
            && ChaincodeInHeader == other.ChaincodeInHeader && Creator.AsSpan().SequenceEqual(other.Creator) && Nonce.AsSpan().SequenceEqual(other.Nonce)
            && ChaincodeInPayload == other.ChaincodeInPayload && Args == other.Args && TransientCount == other.TransientCount && HasExtension == other.HasExtension;

        public override int GetHashCode() => HashCode.Combine(TxId, Channel, Args);
    }

    private static ProposalShape Describe(SignedProposal signed)
    {
        var proposal = Proposal.Parser.ParseFrom(signed.ProposalBytes);
        var header = Header.Parser.ParseFrom(proposal.Header);
        var ch = ChannelHeader.Parser.ParseFrom(header.ChannelHeader);
        var sh = SignatureHeader.Parser.ParseFrom(header.SignatureHeader);
        var ext = ChaincodeHeaderExtension.Parser.ParseFrom(ch.Extension);
        var payload = ChaincodeProposalPayload.Parser.ParseFrom(proposal.Payload);
        var spec = ChaincodeInvocationSpec.Parser.ParseFrom(payload.Input).ChaincodeSpec;
        Assert.Equal("KtkMSP", SerializedIdentity.Parser.ParseFrom(sh.Creator).Mspid);
        return new ProposalShape(ch.TxId, ch.Type, ch.ChannelId, ext.ChaincodeId.Name, sh.Creator.ToByteArray(), sh.Nonce.ToByteArray(),
            spec.ChaincodeId.Name, string.Join("|", spec.Input.Args.Select(x => x.ToStringUtf8())), payload.TransientMap.Count, !proposal.Extension.IsEmpty);
    }

    private async Task<string> RunReferenceClientAsync(params string[] args)
    {
        var dir = Path.Combine(FabricNetworkFixture.RepositoryRoot(), "tests", "LedgerAdapter.Fabric.Tests", "interop");
        if (!Directory.Exists(Path.Combine(dir, "node_modules", "@hyperledger", "fabric-gateway")))
        {
            throw new InvalidOperationException($"@hyperledger/fabric-gateway is not installed in {dir}: run scripts/install-deps.sh");
        }

        var psi = new ProcessStartInfo("node") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("reference-client.js");
        psi.ArgumentList.Add(network.ProfilePath);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await p.WaitForExitAsync(cts.Token);
        Assert.True(p.ExitCode == 0, await stderr);
        return await stdout;
    }
}
