using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Remote;
using RentToOwn.LedgerAdapter.Remote.Protocol;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.LedgerAdapter.Tests.Remote;

/// <summary>Issue 17 §2: the embedded log served over gRPC (<c>rto ledger serve</c>) behaves as the log in-process.</summary>
public class LogServiceTests
{
    [Fact]
    public async Task Receipts_through_the_service_are_the_logs_own_and_bundles_verify_the_same_way()
    {
        await using var served = await ServedLog.StartAsync();
        using var client = served.Client();
        var receipts = new List<LedgerReceipt>();
        for (var i = 0; i < 5; i++)
        {
            receipts.Add(await client.AppendAsync(TestKeys.Record("contract-remote", i)));
        }

        Assert.Equal([0L, 1L, 2L, 3L, 4L], receipts.Select(r => r.Index));
        // The log filled in the hash chain, as in-process.
        Assert.Equal(receipts[0].LeafHash, receipts[1].Record.PreviousRecordHash!.Value.ToArray());
        foreach (var r in receipts)
        {
            Assert.Equal(r.LeafHash, (await served.Log.GetAsync(r.Index))!.LeafHash);
        }

        // A bundle built over the service verifies with BundleVerifier exactly as one built over the log in-process.
        var verifier = new BundleVerifier(served.Check.LogKey, served.Check.WitnessKeys, 1);
        var remoteBundle = await new BundleFactory(client).CreateAsync(2);
        var localBundle = await new BundleFactory(served.Log).CreateAsync(2);
        Assert.Equal(BundleJson.Serialize(localBundle), BundleJson.Serialize(remoteBundle));
        var result = await verifier.VerifyAsync(BundleJson.Serialize(remoteBundle));
        Assert.True(result.IsValid, result.Reason);

        Assert.Equal(5, (await client.GetBySubjectAsync("contract-remote")).Count);
        Assert.Null(await client.GetAsync(5));
        var consistency = await client.GetConsistencyProofAsync(2, 5);
        var latest = await client.GetLatestCheckpointAsync();
        Assert.True(MerkleProofs.VerifyConsistency(2, 5, receipts[1].Checkpoint.Checkpoint.RootHash, latest.Checkpoint.RootHash, consistency));
    }

    [Fact]
    public async Task A_retried_append_returns_the_existing_receipt_through_the_service()
    {
        await using var served = await ServedLog.StartAsync();
        using var client = served.Client();
        var first = await client.AppendAsync(TestKeys.Record("contract-retry", 1));
        await client.AppendAsync(TestKeys.Record("contract-retry", 2));

        var retries = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.AppendAsync(TestKeys.Record("contract-retry", 1))));

        Assert.All(retries, r => Assert.Equal(first.Index, r.Index));
        Assert.All(retries, r => Assert.Equal(first.LeafHash, r.LeafHash));
        Assert.Equal(2, (await served.Log.GetLatestCheckpointAsync()).Checkpoint.Size);
    }

    [Fact]
    public async Task Calls_without_the_right_token_are_unauthenticated()
    {
        await using var served = await ServedLog.StartAsync();
        using var wrong = served.Client("not-the-token");
        using var none = served.Client(token: null);

        var e1 = await Assert.ThrowsAsync<RpcException>(() => wrong.AppendAsync(TestKeys.Record("contract-auth")));
        var e2 = await Assert.ThrowsAsync<RpcException>(() => none.GetLatestCheckpointAsync());

        Assert.Equal(StatusCode.Unauthenticated, e1.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, e2.StatusCode);
        Assert.Equal(0, (await served.Log.GetLatestCheckpointAsync()).Checkpoint.Size);
    }

    [Fact]
    public async Task A_token_over_plaintext_is_refused_by_client_and_server_unless_allowed()
    {
        await using var served = await ServedLog.StartAsync();
        var client = Assert.Throws<InvalidOperationException>(() =>
            new RemoteLedger(new RemoteLedgerOptions { Endpoint = served.Host.Address, Token = "t" }, served.Check));
        Assert.Contains("plaintext", client.Message);

        var server = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            LogServiceHost.StartAsync(served.Log, new LogServiceOptions { Token = "t" }));
        Assert.Contains("plaintext", server.Message);
    }

    [Fact]
    public async Task Bad_requests_get_clear_statuses_and_change_nothing()
    {
        await using var served = await ServedLog.StartAsync(token: null);
        using var client = served.Client(token: null);
        using var channel = GrpcChannel.ForAddress(served.Host.Address);
        var raw = new SigningLog.SigningLogClient(channel);
        await client.AppendAsync(TestKeys.Record("contract-bad", 1));

        // Bytes that are not a canonical record.
        var garbage = await Assert.ThrowsAsync<RpcException>(() => raw.AppendAsync(new AppendRequest { Record = ByteString.CopyFrom(1, 2, 3) }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, garbage.StatusCode);

        // A request larger than any record: refused before it is read into a record.
        var huge = await Assert.ThrowsAsync<RpcException>(() => raw.AppendAsync(new AppendRequest { Record = ByteString.CopyFrom(new byte[LogService.MaxMessageBytes * 2]) }).ResponseAsync);
        Assert.Equal(StatusCode.ResourceExhausted, huge.StatusCode);

        // A hash chain that does not continue the subject's latest record: the port's conflict.
        await Assert.ThrowsAsync<LedgerConflictException>(() =>
            client.AppendAsync(TestKeys.Record("contract-bad", 2) with { PreviousRecordHash = Sha256Digest.Of("not the previous record"u8) }));

        // Proofs past the end of the log: the port's out-of-range.
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetInclusionProofAsync(3, 9));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetConsistencyProofAsync(1, 9));
        var negative = await Assert.ThrowsAsync<RpcException>(() => raw.GetEntryAsync(new GetEntryRequest { Index = -1 }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, negative.StatusCode);
        var subject = await Assert.ThrowsAsync<RpcException>(() => raw.GetBySubjectAsync(new GetBySubjectRequest { SubjectId = new string('s', 10_000) }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, subject.StatusCode);

        Assert.Equal(1, (await served.Log.GetLatestCheckpointAsync()).Checkpoint.Size);
    }

    [Fact]
    public async Task Receipts_from_a_service_with_other_keys_are_refused()
    {
        await using var served = await ServedLog.StartAsync();
        await using var other = await ServedLog.StartAsync();
        // The client trusts the other folder's keys: the served log's checkpoints do not verify against them.
        using var client = served.Client(check: other.Check);

        var refused = await Assert.ThrowsAsync<VerificationException>(() => client.AppendAsync(TestKeys.Record("contract-keys")));
        Assert.Contains("signature by the log key", refused.Message);
        await Assert.ThrowsAsync<VerificationException>(() => client.GetLatestCheckpointAsync());
    }
}
