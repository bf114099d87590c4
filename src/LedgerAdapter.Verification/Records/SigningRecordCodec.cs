using System.Buffers.Binary;
using System.Text;

namespace RentToOwn.LedgerAdapter.Records;

/// <summary>
/// The canonical byte encoding of a <see cref="SigningRecord"/>: the same record always encodes to
/// the same bytes, and so always hashes the same. Layout (big-endian):
/// version(1)=1 ‖ kind(1) ‖ len16 ‖ subject UTF-8 ‖ document(32) ‖ opt(signature) ‖ opt(signer) ‖
/// opt(certificate) ‖ len16 ‖ role UTF-8 ‖ signedAt unix ms (8) ‖ opt(previous),
/// where opt(x) = 0x00, or 0x01 ‖ 32 bytes. Decoding is strict: any other byte string is refused.
/// </summary>
public static class SigningRecordCodec
{
    /// <summary>Encoding version byte.</summary>
    public const byte Version = 1;

    /// <summary>Longest subject id or role, in UTF-8 bytes.</summary>
    public const int MaxTextBytes = 256;

    /// <summary>Checks the record can go on a ledger; throws <see cref="ArgumentException"/> with the reason otherwise.</summary>
    public static void Validate(SigningRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!Enum.IsDefined(record.Kind))
        {
            throw new ArgumentException($"unknown record kind {(int)record.Kind}", nameof(record));
        }

        CheckText(record.SubjectId, "subject id", allowEmpty: false);
        CheckText(record.Role, "role", allowEmpty: true);
    }

    /// <summary>Encodes canonically (validating first).</summary>
    public static byte[] Encode(SigningRecord record)
    {
        Validate(record);
        var subject = Encoding.UTF8.GetBytes(record.SubjectId);
        var role = Encoding.UTF8.GetBytes(record.Role);
        var size = 1 + 1 + 2 + subject.Length + 32 + Opt(record.SignatureSha256) + Opt(record.Signer?.Value)
            + Opt(record.CertificateFingerprint) + 2 + role.Length + 8 + Opt(record.PreviousRecordHash);
        var buffer = new byte[size];
        var span = buffer.AsSpan();
        var at = 0;
        span[at++] = Version;
        span[at++] = (byte)record.Kind;
        at = WriteText(span, at, subject);
        record.DocumentSha256.Span.CopyTo(span[at..]);
        at += 32;
        at = WriteOpt(span, at, record.SignatureSha256);
        at = WriteOpt(span, at, record.Signer?.Value);
        at = WriteOpt(span, at, record.CertificateFingerprint);
        at = WriteText(span, at, role);
        BinaryPrimitives.WriteInt64BigEndian(span[at..], record.SignedAt.ToUnixTimeMilliseconds());
        at += 8;
        at = WriteOpt(span, at, record.PreviousRecordHash);
        return at == size ? buffer : throw new InvalidOperationException("record encoding size mismatch");
    }

    /// <summary>Decodes canonical bytes.</summary>
    /// <exception cref="FormatException">When the bytes are not a canonical record encoding.</exception>
    public static SigningRecord Decode(ReadOnlySpan<byte> entry)
    {
        var at = 0;
        if (Take(entry, ref at, 1)[0] != Version)
        {
            throw new FormatException("record: unknown encoding version");
        }

        var kind = (RecordKind)Take(entry, ref at, 1)[0];
        var subject = ReadText(entry, ref at);
        var document = Sha256Digest.FromBytes(Take(entry, ref at, 32));
        var signature = ReadOpt(entry, ref at);
        var signer = ReadOpt(entry, ref at);
        var certificate = ReadOpt(entry, ref at);
        var role = ReadText(entry, ref at);
        var signedAt = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(Take(entry, ref at, 8)));
        var previous = ReadOpt(entry, ref at);
        if (at != entry.Length)
        {
            throw new FormatException("record: trailing bytes");
        }

        var record = new SigningRecord(kind, subject, document, signature,
            signer is { } s ? SignerReference.FromBytes(s.Span) : null, certificate, role, signedAt, previous);
        try
        {
            Validate(record);
        }
        catch (ArgumentException e)
        {
            throw new FormatException("record: " + e.Message);
        }

        return record;
    }

    /// <summary>
    /// True when <paramref name="text"/> contains a run of 12 or more ASCII digits, the shape of an
    /// IIN/BIN. Such text is refused in every free-text field (A.39–A.40).
    /// </summary>
    public static bool ContainsIdentityNumberShape(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run >= 12)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckText(string? value, string what, bool allowEmpty)
    {
        if (value is null || (!allowEmpty && value.Length == 0))
        {
            throw new ArgumentException($"{what} is required");
        }

        if (Encoding.UTF8.GetByteCount(value) > MaxTextBytes)
        {
            throw new ArgumentException($"{what} is longer than {MaxTextBytes} bytes");
        }

        if (value.Any(char.IsControl))
        {
            throw new ArgumentException($"{what} contains control characters");
        }

        if (ContainsIdentityNumberShape(value))
        {
            // A.39–A.40: no personal data on the ledger; a 12-digit run may be an IIN/BIN.
            throw new ArgumentException($"{what} contains a run of 12+ digits (looks like an IIN/BIN; use a SignerReference)");
        }
    }

    private static int Opt(Sha256Digest? digest) => digest is null ? 1 : 33;

    private static int WriteOpt(Span<byte> span, int at, Sha256Digest? digest)
    {
        if (digest is not { } d)
        {
            span[at] = 0;
            return at + 1;
        }

        span[at] = 1;
        d.Span.CopyTo(span[(at + 1)..]);
        return at + 33;
    }

    private static int WriteText(Span<byte> span, int at, byte[] text)
    {
        BinaryPrimitives.WriteUInt16BigEndian(span[at..], (ushort)text.Length);
        text.CopyTo(span[(at + 2)..]);
        return at + 2 + text.Length;
    }

    private static ReadOnlySpan<byte> Take(ReadOnlySpan<byte> entry, ref int at, int count)
    {
        if (at + count > entry.Length)
        {
            throw new FormatException("record: truncated");
        }

        var slice = entry.Slice(at, count);
        at += count;
        return slice;
    }

    private static string ReadText(ReadOnlySpan<byte> entry, ref int at)
    {
        var length = BinaryPrimitives.ReadUInt16BigEndian(Take(entry, ref at, 2));
        try
        {
            return new UTF8Encoding(false, true).GetString(Take(entry, ref at, length));
        }
        catch (DecoderFallbackException)
        {
            throw new FormatException("record: text is not valid UTF-8");
        }
    }

    private static Sha256Digest? ReadOpt(ReadOnlySpan<byte> entry, ref int at) => Take(entry, ref at, 1)[0] switch
    {
        0 => null,
        1 => Sha256Digest.FromBytes(Take(entry, ref at, 32)),
        _ => throw new FormatException("record: bad optional-field flag"),
    };
}
