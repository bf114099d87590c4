using System.Text.Json.Nodes;

namespace RentToOwn.LedgerAdapter.Tests.Bundles;

/// <summary>Every way of flipping one character in one field of a bundle JSON.</summary>
internal static class BundleMutations
{
    /// <summary>(field path, mutated JSON) for every string/number leaf, and every property name.</summary>
    public static IEnumerable<(string Field, string Json)> FlipEachField(string json)
    {
        var paths = new List<string>();
        Collect(JsonNode.Parse(json)!, "$", paths);
        foreach (var path in paths)
        {
            var root = JsonNode.Parse(json)!;
            Mutate(root, path);
            yield return (path, root.ToJsonString());
        }

        // The checkpoint note: one flip inside each of its lines (origin, size, root, log signature, cosignature).
        var note = JsonNode.Parse(json)!["checkpoint"]!.GetValue<string>();
        var lines = note.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            if (lines[l].Length == 0)
            {
                continue;
            }

            var copy = (string[])lines.Clone();
            var at = lines[l].Length - 3 > 0 ? lines[l].Length - 3 : 0;
            copy[l] = lines[l][..at] + Flip(lines[l][at]) + lines[l][(at + 1)..];
            var root = JsonNode.Parse(json)!;
            root["checkpoint"] = string.Join('\n', copy);
            yield return ($"$.checkpoint line {l}", root.ToJsonString());
        }

        // Property names too: a renamed member must be refused, not ignored.
        foreach (var name in new[] { "\"format\"", "\"leafIndex\"", "\"documentSha256\"", "\"checkpoint\"" })
        {
            var i = json.IndexOf(name, StringComparison.Ordinal);
            yield return ("name " + name, json[..(i + 1)] + Flip(json[i + 1]) + json[(i + 2)..]);
        }
    }

    private static void Collect(JsonNode node, string path, List<string> paths)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o)
                {
                    if (v is null)
                    {
                        continue;
                    }

                    Collect(v, $"{path}.{k}", paths);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Collect(a[i]!, $"{path}[{i}]", paths);
                }

                break;
            default:
                paths.Add(path);
                break;
        }
    }

    private static void Mutate(JsonNode root, string path)
    {
        var node = Navigate(root, path, out var parent, out var key, out var index);
        JsonNode replacement;
        if (node is JsonValue v && v.TryGetValue<string>(out var s))
        {
            // Flip a character in the middle of the value (for checkpoints: inside the signed text).
            var at = s.Length == 0 ? -1 : s.Length / 3;
            replacement = JsonValue.Create(at < 0 ? "x" : s[..at] + Flip(s[at]) + s[(at + 1)..]);
        }
        else
        {
            replacement = JsonValue.Create(node!.GetValue<long>() ^ 1);
        }

        if (key is not null)
        {
            ((JsonObject)parent!)[key] = replacement;
        }
        else
        {
            ((JsonArray)parent!)[index] = replacement;
        }
    }

    private static JsonNode? Navigate(JsonNode root, string path, out JsonNode? parent, out string? key, out int index)
    {
        var tokens = System.Text.RegularExpressions.Regex.Matches(path, @"\.([A-Za-z0-9]+)|\[(\d+)\]");
        JsonNode? node = root;
        (parent, key, index) = (null, null, -1);
        foreach (System.Text.RegularExpressions.Match t in tokens)
        {
            parent = node;
            if (t.Groups[1].Success)
            {
                (key, index) = (t.Groups[1].Value, -1);
                node = node![key];
            }
            else
            {
                (key, index) = (null, int.Parse(t.Groups[2].Value));
                node = node![index];
            }
        }

        return node;
    }

    private static char Flip(char c) => c switch
    {
        >= '0' and <= '8' => (char)(c + 1),
        '9' => '0',
        >= 'a' and <= 'e' => (char)(c + 1),
        'f' => 'a',
        'Z' => 'Y',
        _ => (char)(c ^ 0x01) is var f && f != c && !char.IsControl(f) ? f : 'q',
    };
}
