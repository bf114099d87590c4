using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using RentToOwn.LedgerAdapter.Fabric.Protos.Common;
using RentToOwn.LedgerAdapter.Fabric.Protos.Gateway;
using RentToOwn.LedgerAdapter.Fabric.Protos.Peer;
using RpcStatus = RentToOwn.LedgerAdapter.Fabric.Protos.Rpc.Status;

namespace RentToOwn.LedgerAdapter.Fabric;

/// <summary>Result of a committed transaction.</summary>
/// <param name="TransactionId">Transaction id.</param>
/// <param name="BlockNumber">Block that holds it.</param>
/// <param name="Payload">The chaincode's response payload.</param>
public sealed record FabricCommit(string TransactionId, long BlockNumber, byte[] Payload);

/// <summary>Timeouts of the gateway calls.</summary>
public sealed class FabricClientOptions
{
    /// <summary>Endorse and Evaluate deadline.</summary>
    public TimeSpan EndorseTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Submit deadline.</summary>
    public TimeSpan SubmitTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long CommitStatus may wait for the commit.</summary>
    public TimeSpan CommitTimeout { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// A client of one peer's Gateway service (fabric-protos gateway/gateway.proto): Endorse → Submit →
/// CommitStatus for transactions, Evaluate for queries. TLS to the peer is checked against the
/// network's TLS root only (not the machine's store).
/// </summary>
public sealed class FabricGatewayClient : IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly Gateway.GatewayClient _gateway;
    private readonly TimeProvider _time;
    private readonly FabricClientOptions _options;

    /// <summary>Connects (lazily) to <paramref name="peer"/> as <paramref name="identity"/>.</summary>
    public FabricGatewayClient(FabricPeer peer, FabricIdentity identity, FabricClientOptions? options = null, TimeProvider? time = null)
    {
        Peer = peer;
        Identity = identity;
        _time = time ?? TimeProvider.System;
        _options = options ?? new FabricClientOptions();
        var root = X509Certificate2.CreateFromPem(File.ReadAllText(peer.TlsRootCertFile));
        var handler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            KeepAlivePingDelay = TimeSpan.FromSeconds(30),
            SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, cert, _, errors) => CheckTls(root, cert, errors) },
        };
        _channel = GrpcChannel.ForAddress($"https://{peer.Address}", new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true });
        _gateway = new Gateway.GatewayClient(_channel);
    }

    /// <summary>The gateway peer.</summary>
    public FabricPeer Peer { get; }

    /// <summary>The client identity.</summary>
    public FabricIdentity Identity { get; }

    /// <summary>Called after each stage of a submit ("endorse", "submit", "commit") with its duration (benchmarks).</summary>
    public Action<string, TimeSpan>? OnStage { get; set; }

    /// <summary>Builds and signs a proposal.</summary>
    public FabricProposal Propose(string channel, string chaincode, string function, params string[] args) =>
        FabricProposal.Create(Identity, channel, chaincode, [Encoding.UTF8.GetBytes(function), .. args.Select(Encoding.UTF8.GetBytes)], _time.GetUtcNow());

    /// <summary>Evaluates (queries) a function on one peer; no transaction is ordered.</summary>
    /// <exception cref="FabricException">Refused by the chaincode, peer unavailable, identity expired.</exception>
    public async Task<byte[]> EvaluateAsync(string channel, string chaincode, string function, string[] args, CancellationToken ct = default)
    {
        Identity.EnsureValid(_time.GetUtcNow());
        var proposal = Propose(channel, chaincode, function, args);
        var response = await CallAsync("evaluate", proposal.TransactionId, () => _gateway.EvaluateAsync(
            new EvaluateRequest { TransactionId = proposal.TransactionId, ChannelId = channel, ProposedTransaction = proposal.Signed },
            deadline: Deadline(_options.EndorseTimeout), cancellationToken: ct).ResponseAsync);
        return response.Result.Payload.ToByteArray();
    }

    /// <summary>Endorses, submits and waits for the commit; returns once the transaction is committed VALID.</summary>
    /// <param name="proposal">A proposal from <see cref="Propose"/>.</param>
    /// <param name="channel">Channel.</param>
    /// <param name="endorsingOrganizations">Restrict endorsement to these MSPs (empty: the gateway follows the policy).</param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="FabricException">With the kind that says what to do.</exception>
    public async Task<FabricCommit> SubmitAsync(FabricProposal proposal, string channel, IReadOnlyList<string>? endorsingOrganizations = null, CancellationToken ct = default)
    {
        Identity.EnsureValid(_time.GetUtcNow());
        var txId = proposal.TransactionId;
        var endorseRequest = new EndorseRequest { TransactionId = txId, ChannelId = channel, ProposedTransaction = proposal.Signed };
        if (endorsingOrganizations is not null) endorseRequest.EndorsingOrganizations.AddRange(endorsingOrganizations);
        var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        var endorsed = await CallAsync("endorse", txId, () => _gateway.EndorseAsync(endorseRequest, deadline: Deadline(_options.EndorseTimeout), cancellationToken: ct).ResponseAsync);

        OnStage?.Invoke("endorse", System.Diagnostics.Stopwatch.GetElapsedTime(t0));
        var envelope = endorsed.PreparedTransaction;
        var payload = FabricTransaction.Decode(envelope).ResponsePayload;
        envelope.Signature = ByteString.CopyFrom(Identity.Sign(envelope.Payload.Span));
        t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        await CallAsync("submit", txId, () => _gateway.SubmitAsync(
            new SubmitRequest { TransactionId = txId, ChannelId = channel, PreparedTransaction = envelope },
            deadline: Deadline(_options.SubmitTimeout), cancellationToken: ct).ResponseAsync);

        OnStage?.Invoke("submit", System.Diagnostics.Stopwatch.GetElapsedTime(t0));
        t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        var status = await CommitStatusAsync(txId, channel, ct);
        OnStage?.Invoke("commit", System.Diagnostics.Stopwatch.GetElapsedTime(t0));
        if (status.Result != TxValidationCode.Valid)
        {
            var code = FabricSigningRegistry.ValidationName(status.Result);
            var (kind, why) = status.Result switch
            {
                TxValidationCode.EndorsementPolicyFailure => (FabricErrorKind.EndorsementPolicyFailure,
                    "the endorsements do not satisfy the chaincode's endorsement policy (both KtkMSP and GovCorpMSP peers must endorse)"),
                TxValidationCode.MvccReadConflict or TxValidationCode.PhantomReadConflict => (FabricErrorKind.MvccConflict,
                    "a key it read was changed by another transaction committed first (MVCC conflict); submit it again"),
                _ => (FabricErrorKind.InvalidTransaction, "the committing peer marked it invalid"),
            };
            throw new FabricException(kind, $"Fabric transaction {txId} committed in block {status.BlockNumber} as {code}: {why}")
            { TransactionId = txId, ValidationCode = code };
        }

        return new FabricCommit(txId, (long)status.BlockNumber, payload);
    }

    /// <summary>Waits for the commit status of a submitted transaction (signed CommitStatusRequest).</summary>
    public Task<CommitStatusResponse> CommitStatusAsync(string txId, string channel, CancellationToken ct = default)
    {
        var request = new CommitStatusRequest { TransactionId = txId, ChannelId = channel, Identity = ByteString.CopyFrom(Identity.Serialized) }.ToByteString();
        var signed = new SignedCommitStatusRequest { Request = request, Signature = ByteString.CopyFrom(Identity.Sign(request.Span)) };
        return CallAsync("commit status", txId, () => _gateway.CommitStatusAsync(signed, deadline: Deadline(_options.CommitTimeout), cancellationToken: ct).ResponseAsync);
    }

    private DateTime Deadline(TimeSpan timeout) => DateTime.UtcNow + timeout;

    private async Task<T> CallAsync<T>(string stage, string txId, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (RpcException e)
        {
            throw Map(e, stage, txId, Peer);
        }
    }

    /// <summary>Turns a gateway error into a <see cref="FabricException"/>, with each endpoint's message (google.rpc.Status details).</summary>
    internal static FabricException Map(RpcException e, string stage, string txId, FabricPeer peer)
    {
        var details = ErrorDetails(e);
        var detailText = details.Count == 0 ? "" : ": " + string.Join("; ", details.Select(d => $"{d.MspId} {d.Address}: {d.Message}"));
        var kind = e.StatusCode switch
        {
            StatusCode.Unavailable => FabricErrorKind.PeerUnavailable,
            // The gateway found no reachable set of peers that satisfies the policy (an organisation's peer is down).
            StatusCode.FailedPrecondition when e.Status.Detail.Contains("no combination of peers", StringComparison.Ordinal) => FabricErrorKind.PeerUnavailable,
            StatusCode.DeadlineExceeded => FabricErrorKind.Timeout,
            _ when details.Any(d => d.Message.Contains("chaincode response", StringComparison.Ordinal)) => FabricErrorKind.ChaincodeRejected,
            _ when e.Status.Detail.Contains("expired", StringComparison.OrdinalIgnoreCase) => FabricErrorKind.IdentityExpired,
            StatusCode.Aborted => FabricErrorKind.PeerUnavailable, // e.g. endorsers disagree or an orderer refused: retry
            _ => FabricErrorKind.InvalidTransaction,
        };
        var what = kind != FabricErrorKind.PeerUnavailable || details.Count > 0 ? e.Status.Detail
            : e.StatusCode == StatusCode.FailedPrecondition ? $"not enough endorsing peers are reachable to satisfy the endorsement policy (is every organisation's peer up?): {e.Status.Detail}"
            : $"gateway peer {peer.Name} ({peer.Address}) unavailable: {e.Status.Detail}";
        return new FabricException(kind, $"Fabric {stage} of {txId} failed ({e.StatusCode}): {what}{detailText}", e) { TransactionId = txId };
    }

    /// <summary>The ErrorDetail details of a gateway error (trailer grpc-status-details-bin).</summary>
    internal static IReadOnlyList<ErrorDetail> ErrorDetails(RpcException e)
    {
        var bin = e.Trailers.GetValueBytes("grpc-status-details-bin");
        if (bin is null) return [];
        try
        {
            return RpcStatus.Parser.ParseFrom(bin).Details
                .Where(d => d.TypeUrl.EndsWith("/gateway.ErrorDetail", StringComparison.Ordinal))
                .Select(d => ErrorDetail.Parser.ParseFrom(d.Value)).ToList();
        }
        catch (InvalidProtocolBufferException)
        {
            return [];
        }
    }

    private static bool CheckTls(X509Certificate2 root, X509Certificate? cert, SslPolicyErrors errors)
    {
        if (cert is null || (errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) != 0) return false;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(cert);
        return chain.Build(leaf);
    }

    /// <inheritdoc />
    public void Dispose() => _channel.Dispose();
}
