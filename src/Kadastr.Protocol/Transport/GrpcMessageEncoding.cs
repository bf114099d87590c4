using System.Text;

namespace RentToOwn.Kadastr.Protocol.Transport;

/// <summary>Percent-encoding of <c>grpc-message</c> (UTF-8; bytes outside 0x20–0x7E and '%' are escaped).</summary>
public static class GrpcMessageEncoding
{
    /// <summary>Encodes a status message for the wire.</summary>
    public static string Encode(string message)
    {
        var bytes = Encoding.UTF8.GetBytes(message);
        var sb = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b is >= 0x20 and <= 0x7E && b != (byte)'%')
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary>Decodes a status message; malformed escapes are kept as they are.</summary>
    public static string Decode(string? wire)
    {
        if (string.IsNullOrEmpty(wire))
        {
            return string.Empty;
        }

        if (!wire.Contains('%'))
        {
            return wire;
        }

        var bytes = new List<byte>(wire.Length);
        for (var i = 0; i < wire.Length; i++)
        {
            if (wire[i] == '%' && i + 2 < wire.Length
                && Uri.IsHexDigit(wire[i + 1]) && Uri.IsHexDigit(wire[i + 2]))
            {
                bytes.Add(Convert.ToByte(wire.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(wire[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
