using System.Text;

namespace RentToOwn.Tests.Shared;

/// <summary>
/// Seeded byte-level mutations for the fuzz tests (linked into Fuzz.Tests and Platform.Tests) (the AFL/libFuzzer repertoire): bit flips, interesting values, inserts, deletions,
/// duplicated and spliced ranges, truncation, and for text a few token-level edits. The same seed gives the same inputs.
/// </summary>
public sealed class Mutator(int seed)
{
    private static readonly byte[] Interesting = [0x00, 0x01, 0x02, 0x7F, 0x80, 0x81, 0x82, 0x83, 0x84, 0xFF, 0x30, 0x31, 0xA0, 0x04, 0x06, 0x02, 0x05];
    private static readonly string[] TextTokens =
        ["\"", "\"\"", ",", ";", "\n", "\r\n", "\r", "\0", "\uFEFF", "{", "}", "[", "]", ":", "null", "true", "-1", "0", "1e309",
         "99999999999999999999999", "\\u0000", "\\", "\u202E", "\uD800", "ИИН", "990101300000", "+7 701 000 00 00", new string('9', 64)];

    private readonly Random _random = new(seed);

    /// <summary>The seed this mutator was made with (printed on failure to reproduce).</summary>
    public int Seed { get; } = seed;

    /// <summary>One to four stacked mutations of <paramref name="input"/> (never the same array).</summary>
    public byte[] Mutate(byte[] input, byte[]? other = null)
    {
        var data = new List<byte>(input);
        var rounds = 1 + _random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            MutateOnce(data, other);
        }

        return data.ToArray();
    }

    /// <summary>Mutations of UTF-8 text: byte-level ones, or a token inserted, a line duplicated, a field stretched.</summary>
    public byte[] MutateText(byte[] input, byte[]? other = null)
    {
        if (_random.Next(3) == 0) return Mutate(input, other);
        var text = Encoding.UTF8.GetString(input);
        var pos = text.Length == 0 ? 0 : _random.Next(text.Length + 1);
        text = _random.Next(5) switch
        {
            0 => text.Insert(pos, TextTokens[_random.Next(TextTokens.Length)]),
            1 => DuplicateLine(text),
            2 => text.Insert(pos, new string(text.Length == 0 ? 'x' : text[Math.Min(pos, text.Length - 1)], 1 + _random.Next(5000))),
            3 => ReplaceDigit(text),
            _ => text.Remove(pos, Math.Min(text.Length - pos, _random.Next(40))),
        };
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>A number in [0, max).</summary>
    public int Next(int max) => _random.Next(max);

    private void MutateOnce(List<byte> data, byte[]? other)
    {
        if (data.Count == 0)
        {
            data.Add((byte)_random.Next(256));
            return;
        }

        var at = _random.Next(data.Count);
        switch (_random.Next(10))
        {
            case 0: // flip one bit
                data[at] ^= (byte)(1 << _random.Next(8));
                break;
            case 1: // an interesting byte (a tag, a length prefix, a boundary)
                data[at] = Interesting[_random.Next(Interesting.Length)];
                break;
            case 2: // a random byte
                data[at] = (byte)_random.Next(256);
                break;
            case 3: // insert random bytes
                var insert = new byte[1 + _random.Next(16)];
                _random.NextBytes(insert);
                data.InsertRange(at, insert);
                break;
            case 4: // delete a range
                data.RemoveRange(at, Math.Min(data.Count - at, 1 + _random.Next(32)));
                break;
            case 5: // duplicate a range in place
                var len = Math.Min(data.Count - at, 1 + _random.Next(64));
                data.InsertRange(at, data.GetRange(at, len));
                break;
            case 6: // truncate
                data.RemoveRange(at, data.Count - at);
                break;
            case 7: // a length byte made long-form and huge
                data[at] = 0x84;
                if (at + 1 < data.Count) data[at + 1] = 0x7F;
                break;
            case 8 when other is { Length: > 0 }: // splice in a piece of another valid input
                var from = _random.Next(other.Length);
                data.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, 1 + _random.Next(256))).ToArray());
                break;
            default: // add or subtract a small number
                data[at] = (byte)(data[at] + _random.Next(-8, 9));
                break;
        }
    }

    private string DuplicateLine(string text)
    {
        var lines = text.Split('\n').ToList();
        var i = _random.Next(lines.Count);
        var times = 1 + _random.Next(3);
        for (var k = 0; k < times; k++) lines.Insert(i, lines[i]);
        return string.Join('\n', lines);
    }

    private string ReplaceDigit(string text)
    {
        var digits = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i])).ToList();
        if (digits.Count == 0) return text + _random.Next(10);
        var chars = text.ToCharArray();
        chars[digits[_random.Next(digits.Count)]] = (char)('0' + _random.Next(10));
        return new string(chars);
    }
}
