using System.Globalization;

namespace RentToOwn.LedgerAdapter.Checkpoints;

/// <summary>
/// A C2SP tlog-checkpoint body: origin line, decimal tree size, base64 root hash, each ending in a newline.
/// </summary>
/// <param name="Origin">The log's unique name (e.g. <c>rto.kz/ledger</c>).</param>
/// <param name="Size">Number of leaves.</param>
/// <param name="RootHash">RFC 6962 root hash (32 bytes).</param>
public sealed record Checkpoint(string Origin, long Size, byte[] RootHash)
{
    /// <summary>The note body text, exactly as signed.</summary>
    public string ToNoteBody() => $"{Origin}\n{Size.ToString(CultureInfo.InvariantCulture)}\n{Convert.ToBase64String(RootHash)}\n";

    /// <summary>Parses a note body (extension lines after the root are allowed and ignored).</summary>
    /// <exception cref="FormatException">When the body is not a checkpoint.</exception>
    public static Checkpoint ParseBody(string body)
    {
        var lines = body.Split('\n');
        if (lines.Length < 4 || lines[^1].Length != 0)
        {
            throw new FormatException("checkpoint: expected origin, size and root lines ending in newlines");
        }

        if (lines[0].Length == 0)
        {
            throw new FormatException("checkpoint: empty origin");
        }

        if (lines[1].Length == 0 || lines[1].Length > 19 || !lines[1].All(char.IsAsciiDigit) || (lines[1].Length > 1 && lines[1][0] == '0')
            || !long.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            throw new FormatException("checkpoint: tree size is not a canonical decimal number");
        }

        byte[] root;
        try
        {
            root = Convert.FromBase64String(lines[2]);
        }
        catch (FormatException)
        {
            throw new FormatException("checkpoint: root hash is not base64");
        }

        if (root.Length != 32 || Convert.ToBase64String(root) != lines[2])
        {
            throw new FormatException("checkpoint: root hash is not a canonical base64 32-byte hash");
        }

        return new Checkpoint(lines[0], size, root);
    }

    /// <inheritdoc />
    public bool Equals(Checkpoint? other) =>
        other is not null && Origin == other.Origin && Size == other.Size && RootHash.AsSpan().SequenceEqual(other.RootHash);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Origin, Size);
}
