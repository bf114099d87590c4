using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Remote.Protocol;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.LedgerAdapter.Remote;

/// <summary>
/// The ledger port over the log service (<c>rto ledger serve</c>, contracts/proto/ledger.proto): several platform instances
/// append to one log. Receipts and checkpoints are checked against the trusted keys (<see cref="ReceiptCheck"/>) before use.
/// Appends are idempotent at the log, so a retry after a lost answer returns the first receipt.
/// </summary>
public sealed class RemoteLedger : ISigningLedger, IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly SigningLog.SigningLogClient _client;
    private readonly ReceiptCheck _check;
    private readonly TimeSpan _timeout;

    /// <summary>Opens a channel (no call is made until first use).</summary>
    /// <exception cref="InvalidOperationException">A token over plaintext without <see cref="RemoteLedgerOptions.AllowTokenOverPlaintext"/>.</exception>
    public RemoteLedger(RemoteLedgerOptions options, ReceiptCheck check)
    {
        _channel = Channel(options);
        _client = new SigningLog.SigningLogClient(_channel);
        _check = check;
        _timeout = options.CallTimeout;
    }

    /// <summary>The service address.</summary>
    public Uri Endpoint => new(_channel.Target.Contains("://", StringComparison.Ordinal) ? _channel.Target : "http://" + _channel.Target);

    /// <inheritdoc />
    public async Task<LedgerReceipt> AppendAsync(SigningRecord record, CancellationToken cancellationToken = default)
    {
        SigningRecordCodec.Validate(record);
        var reply = await Call(c => _client.AppendAsync(new AppendRequest { Record = ByteString.CopyFrom(SigningRecordCodec.Encode(record)) }, options: c), cancellationToken);
        var encoded = reply.Record.ToByteArray();
        var receipt = new LedgerReceipt(reply.Index, SigningRecordCodec.Decode(encoded), reply.LeafHash.ToByteArray(),
            new SignedCheckpoint(_check.Checkpoint(reply.Checkpoint), reply.Checkpoint), reply.InclusionProof.Select(h => h.ToByteArray()).ToList());
        _check.Receipt(receipt, encoded);
        return receipt;
    }

    /// <inheritdoc />
    public async Task<LedgerEntry?> GetAsync(long index, CancellationToken cancellationToken = default)
    {
        var reply = await Call(c => _client.GetEntryAsync(new GetEntryRequest { Index = index }, options: c), cancellationToken);
        return reply.Found ? ToEntry(reply.Entry) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<LedgerEntry>> GetBySubjectAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        var reply = await Call(c => _client.GetBySubjectAsync(new GetBySubjectRequest { SubjectId = subjectId }, options: c), cancellationToken);
        return reply.Entries.Select(ToEntry).ToList();
    }

    /// <inheritdoc />
    public async Task<SignedCheckpoint> GetLatestCheckpointAsync(CancellationToken cancellationToken = default)
    {
        var reply = await Call(c => _client.GetLatestCheckpointAsync(new GetLatestCheckpointRequest(), options: c), cancellationToken);
        return new SignedCheckpoint(_check.Checkpoint(reply.Note), reply.Note);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<byte[]>> GetInclusionProofAsync(long index, long treeSize, CancellationToken cancellationToken = default)
    {
        var reply = await Call(c => _client.GetInclusionProofAsync(new InclusionProofRequest { Index = index, TreeSize = treeSize }, options: c), cancellationToken);
        return reply.Hashes.Select(h => h.ToByteArray()).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<byte[]>> GetConsistencyProofAsync(long size1, long size2, CancellationToken cancellationToken = default)
    {
        var reply = await Call(c => _client.GetConsistencyProofAsync(new ConsistencyProofRequest { Size1 = size1, Size2 = size2 }, options: c), cancellationToken);
        return reply.Hashes.Select(h => h.ToByteArray()).ToList();
    }

    /// <inheritdoc />
    public void Dispose() => _channel.Dispose();

    private static LedgerEntry ToEntry(Entry e)
    {
        var encoded = e.Record.ToByteArray();
        var leaf = e.LeafHash.ToByteArray();
        if (!Rfc6962.LeafHash(encoded).AsSpan().SequenceEqual(leaf))
        {
            throw new VerificationException($"entry {e.Index}: the leaf hash is not the hash of the record");
        }

        return new LedgerEntry(e.Index, SigningRecordCodec.Decode(encoded), leaf);
    }

    /// <summary>One call with the deadline; the service's refusals come back as the port's exceptions.</summary>
    private async Task<T> Call<T>(Func<CallOptions, AsyncUnaryCall<T>> call, CancellationToken ct)
    {
        try
        {
            // gRPC compares deadlines with the real clock.
            return await call(new CallOptions(deadline: TimeProvider.System.GetUtcNow().UtcDateTime + _timeout, cancellationToken: ct));
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition)
        {
            throw new LedgerConflictException(e.Status.Detail);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.OutOfRange)
        {
            throw new ArgumentOutOfRangeException(e.Status.Detail, (Exception?)e);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.InvalidArgument)
        {
            throw new ArgumentException(e.Status.Detail, e);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && ct.IsCancellationRequested)
        {
            throw new OperationCanceledException(ct);
        }
    }

    private static GrpcChannel Channel(RemoteLedgerOptions o)
    {
        var secure = o.Endpoint.Scheme == Uri.UriSchemeHttps;
        if (o.Token is not null && !secure && !o.AllowTokenOverPlaintext)
        {
            throw new InvalidOperationException(
                $"Ledger:Endpoint: refusing to send the log service's token over plaintext ({o.Endpoint}): use https:// (plaintext is allowed in Development only)");
        }

        var options = new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                KeepAlivePingDelay = TimeSpan.FromSeconds(60),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
                UseCookies = false,
                UseProxy = false,
            },
            DisposeHttpClient = true,
            MaxReceiveMessageSize = LogService.MaxMessageBytes * 64,
        };
        if (o.Token is { } token)
        {
            var bearer = CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("authorization", "Bearer " + token);
                return Task.CompletedTask;
            });
            options.Credentials = ChannelCredentials.Create(secure ? ChannelCredentials.SecureSsl : ChannelCredentials.Insecure, bearer);
            options.UnsafeUseInsecureChannelCallCredentials = !secure; // refused above unless allowed
        }

        return GrpcChannel.ForAddress(o.Endpoint, options);
    }
}
