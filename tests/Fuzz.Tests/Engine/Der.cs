namespace RentToOwn.Fuzz.Tests.Engine;

/// <summary>
/// Replaces one encoded element inside a DER structure and re-encodes every enclosing length, so a mutated certificate
/// or timestamp token lands in an otherwise well-formed CMS and reaches the code behind the outer parser.
/// </summary>
public static class Der
{
    /// <summary>
    /// <paramref name="der"/> with the TLV that starts at <paramref name="start"/> and spans <paramref name="length"/> bytes
    /// replaced by <paramref name="replacement"/>.
    /// </summary>
    public static byte[] Replace(byte[] der, int start, int length, byte[] replacement) =>
        Rebuild(der, 0, der.Length, start, length, replacement).ToArray();

    private static List<byte> Rebuild(byte[] der, int from, int to, int start, int length, byte[] replacement)
    {
        var output = new List<byte>();
        var pos = from;
        while (pos < to)
        {
            var (tagLen, contentStart, contentLen) = Header(der, pos);
            var end = contentStart + contentLen;
            if (pos == start && end - pos == length)
            {
                output.AddRange(replacement);
            }
            else if (start >= contentStart && start + length <= end && (der[pos] & 0x20) != 0)
            {
                var content = Rebuild(der, contentStart, end, start, length, replacement);
                output.AddRange(der.AsSpan(pos, tagLen).ToArray());
                output.AddRange(Length(content.Count));
                output.AddRange(content);
            }
            else
            {
                output.AddRange(der.AsSpan(pos, end - pos).ToArray());
            }

            pos = end;
        }

        return output;
    }

    private static (int TagLength, int ContentStart, int ContentLength) Header(byte[] der, int pos)
    {
        var p = pos + 1;
        if ((der[pos] & 0x1F) == 0x1F)
        {
            while ((der[p] & 0x80) != 0) p++;
            p++;
        }

        var tagLen = p - pos;
        int len = der[p++];
        if (len >= 0x80)
        {
            var n = len & 0x7F;
            len = 0;
            for (var i = 0; i < n; i++) len = (len << 8) | der[p++];
        }

        return (tagLen, p, len);
    }

    private static byte[] Length(int n)
    {
        if (n < 0x80) return [(byte)n];
        var bytes = new List<byte>();
        for (var v = n; v > 0; v >>= 8) bytes.Insert(0, (byte)(v & 0xFF));
        return [(byte)(0x80 | bytes.Count), .. bytes];
    }
}
