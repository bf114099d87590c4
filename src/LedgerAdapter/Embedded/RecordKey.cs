using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using RentToOwn.LedgerAdapter.Records;

namespace RentToOwn.LedgerAdapter.Embedded;

/// <summary>
/// What makes two appends the same record: subject, kind, document and signer. An append whose key is stored already
/// returns the stored record's receipt, so a caller that retries after a failed save of its own never records twice.
/// The signer is part of the key because tenant, guarantor and KTK's head sign the same document.
/// </summary>
internal static class RecordKey
{
    public static byte[] Of(SigningRecord record)
    {
        var subject = Encoding.UTF8.GetBytes(record.SubjectId);
        var buffer = new byte[1 + 4 + subject.Length + 32 + 1 + 32];
        buffer[0] = (byte)record.Kind;
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(1), subject.Length);
        subject.CopyTo(buffer, 5);
        var at = 5 + subject.Length;
        record.DocumentSha256.Span.CopyTo(buffer.AsSpan(at));
        at += 32;
        if (record.Signer is { } signer)
        {
            buffer[at] = 1;
            signer.Value.Span.CopyTo(buffer.AsSpan(at + 1));
        }

        return SHA256.HashData(buffer);
    }
}
