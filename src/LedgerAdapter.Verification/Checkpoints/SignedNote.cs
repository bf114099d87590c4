using System.Buffers.Binary;
using System.Text;

namespace RentToOwn.LedgerAdapter.Checkpoints;

/// <summary>A C2SP signed note: text (ending in a newline), a blank line, then one or more signature lines.</summary>
/// <param name="Text">The signed text, ending with a newline.</param>
/// <param name="Signatures">The signature lines in order.</param>
public sealed record SignedNote(string Text, IReadOnlyList<NoteSignature> Signatures)
{
    /// <summary>The full note text.</summary>
    public string Format()
    {
        var sb = new StringBuilder(Text).Append('\n');
        foreach (var s in Signatures)
        {
            sb.Append(s.ToLine()).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Parses a signed note.</summary>
    /// <exception cref="FormatException">When it is malformed.</exception>
    public static SignedNote Parse(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (note.Contains('\r') || note.Any(c => char.IsControl(c) && c != '\n'))
        {
            throw new FormatException("note: contains control characters");
        }

        var split = note.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            throw new FormatException("note: no blank line before the signatures");
        }

        var text = note[..(split + 1)];
        var sigBlock = note[(split + 2)..];
        if (sigBlock.Length == 0 || sigBlock[^1] != '\n')
        {
            throw new FormatException("note: signature block must end in a newline");
        }

        var signatures = new List<NoteSignature>();
        foreach (var line in sigBlock[..^1].Split('\n'))
        {
            signatures.Add(ParseLine(line));
        }

        return new SignedNote(text, signatures);
    }

    private static NoteSignature ParseLine(string line)
    {
        if (!line.StartsWith("\u2014 ", StringComparison.Ordinal))
        {
            throw new FormatException("note: signature line must start with an em dash and a space");
        }

        var parts = line[2..].Split(' ');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[0].Contains('+'))
        {
            throw new FormatException("note: signature line must be '— name base64'");
        }

        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(parts[1]);
        }
        catch (FormatException)
        {
            throw new FormatException($"note: signature of '{parts[0]}' is not base64");
        }

        if (blob.Length < 5 || Convert.ToBase64String(blob) != parts[1])
        {
            throw new FormatException($"note: signature of '{parts[0]}' is not canonical base64 or too short");
        }

        return new NoteSignature(parts[0], BinaryPrimitives.ReadUInt32BigEndian(blob), blob[4..]);
    }
}
