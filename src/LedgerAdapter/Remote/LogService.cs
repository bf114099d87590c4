using Google.Protobuf;
using Grpc.Core;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Remote.Protocol;

namespace RentToOwn.LedgerAdapter.Remote;

/// <summary>
/// <c>rto.ledger.v1.SigningLog</c> over one ledger (the embedded log): appends answer with the receipt once the record is
/// in a cosigned checkpoint; the log's idempotency on (subject, kind, document, signer) makes a retried append return the
/// first receipt. Bad input is INVALID_ARGUMENT, a hash-chain mismatch FAILED_PRECONDITION, a proof past the end OUT_OF_RANGE.
/// </summary>
/// <param name="ledger">The log.</param>
public sealed class LogService(ISigningLedger ledger) : SigningLog.SigningLogBase
{
    /// <summary>Largest request accepted (a record is a few hundred bytes).</summary>
    public const int MaxMessageBytes = 16 * 1024;

    /// <summary>Longest subject id looked up.</summary>
    private const int MaxSubjectLength = SigningRecordCodec.MaxTextBytes;

    /// <inheritdoc />
    public override async Task<Receipt> Append(AppendRequest request, ServerCallContext context)
    {
        SigningRecord record;
        try
        {
            record = SigningRecordCodec.Decode(request.Record.Span);
            SigningRecordCodec.Validate(record);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidDataException)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "record refused: " + e.Message));
        }

        try
        {
            var receipt = await ledger.AppendAsync(record, context.CancellationToken);
            var reply = new Receipt
            {
                Index = receipt.Index,
                Record = ByteString.CopyFrom(SigningRecordCodec.Encode(receipt.Record)),
                LeafHash = ByteString.CopyFrom(receipt.LeafHash),
                Checkpoint = receipt.Checkpoint.Note,
            };
            reply.InclusionProof.AddRange(receipt.InclusionProof.Select(ByteString.CopyFrom));
            return reply;
        }
        catch (LedgerConflictException e)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, e.Message));
        }
    }

    /// <inheritdoc />
    public override async Task<GetEntryResponse> GetEntry(GetEntryRequest request, ServerCallContext context)
    {
        if (request.Index < 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "index must not be negative"));
        }

        return await ledger.GetAsync(request.Index, context.CancellationToken) is { } entry
            ? new GetEntryResponse { Found = true, Entry = ToEntry(entry) }
            : new GetEntryResponse { Found = false };
    }

    /// <inheritdoc />
    public override async Task<EntryList> GetBySubject(GetBySubjectRequest request, ServerCallContext context)
    {
        if (string.IsNullOrEmpty(request.SubjectId) || request.SubjectId.Length > MaxSubjectLength)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"subject_id must be 1..{MaxSubjectLength} characters"));
        }

        var list = new EntryList();
        list.Entries.AddRange((await ledger.GetBySubjectAsync(request.SubjectId, context.CancellationToken)).Select(ToEntry));
        return list;
    }

    /// <inheritdoc />
    public override async Task<CheckpointNote> GetLatestCheckpoint(GetLatestCheckpointRequest request, ServerCallContext context) =>
        new() { Note = (await ledger.GetLatestCheckpointAsync(context.CancellationToken)).Note };

    /// <inheritdoc />
    public override Task<Proof> GetInclusionProof(InclusionProofRequest request, ServerCallContext context) =>
        ProofAsync(() => ledger.GetInclusionProofAsync(request.Index, request.TreeSize, context.CancellationToken));

    /// <inheritdoc />
    public override Task<Proof> GetConsistencyProof(ConsistencyProofRequest request, ServerCallContext context) =>
        ProofAsync(() => ledger.GetConsistencyProofAsync(request.Size1, request.Size2, context.CancellationToken));

    private static async Task<Proof> ProofAsync(Func<Task<IReadOnlyList<byte[]>>> proof)
    {
        try
        {
            var reply = new Proof();
            reply.Hashes.AddRange((await proof()).Select(ByteString.CopyFrom));
            return reply;
        }
        catch (ArgumentException e)
        {
            throw new RpcException(new Status(StatusCode.OutOfRange, e.Message));
        }
    }

    private static Entry ToEntry(LedgerEntry e) => new()
    {
        Index = e.Index,
        Record = ByteString.CopyFrom(SigningRecordCodec.Encode(e.Record)),
        LeafHash = ByteString.CopyFrom(e.LeafHash),
    };
}
