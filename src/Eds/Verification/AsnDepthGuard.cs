using System.Formats.Asn1;

namespace RentToOwn.Eds.Verification;

/// <summary>
/// Walks BER/DER structure iteratively before the recursive BouncyCastle parser sees it, so hostile nesting
/// cannot overflow the stack (which would crash the process rather than throw).
/// </summary>
internal static class AsnDepthGuard
{
    /// <summary>Throws <see cref="FormatException"/> when the input is not one well-formed TLV or nests deeper than <paramref name="maxDepth"/>.</summary>
    public static void Check(ReadOnlyMemory<byte> data, int maxDepth = 40)
    {
        var stack = new Stack<(ReadOnlyMemory<byte> Data, int Depth)>();
        stack.Push((data, 0));
        var first = true;
        while (stack.Count > 0)
        {
            var (current, depth) = stack.Pop();
            if (depth > maxDepth)
            {
                throw new FormatException($"ASN.1 nesting deeper than {maxDepth}");
            }

            var span = current.Span;
            var offset = 0;
            while (offset < span.Length)
            {
                try
                {
                    var tag = Asn1Tag.Decode(span[offset..], out _);
                    AsnDecoder.ReadEncodedValue(span[offset..], AsnEncodingRules.BER, out var contentOffset, out var contentLength, out var consumed);
                    if (tag.IsConstructed && contentLength > 0)
                    {
                        stack.Push((current.Slice(offset + contentOffset, contentLength), depth + 1));
                    }

                    offset += consumed;
                }
                catch (AsnContentException e)
                {
                    throw new FormatException("malformed ASN.1: " + e.Message, e);
                }

                if (first && offset != span.Length)
                {
                    throw new FormatException("trailing bytes after the CMS structure");
                }

                first = false;
            }
        }
    }
}
