using System.Text.Json;
using System.Text.Json.Serialization;

namespace RentToOwn.Domain.Identity;

/// <summary>Writes a <see cref="Bin"/> as its 12-digit JSON string and parses it back (invalid → <see cref="JsonException"/>).</summary>
public sealed class BinJsonConverter : JsonConverter<Bin>
{
    /// <inheritdoc />
    public override Bin Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Bin.TryParse(reader.GetString(), out var bin, out var error) ? bin : throw new JsonException(error);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Bin value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
