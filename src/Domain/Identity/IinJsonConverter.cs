using System.Text.Json;
using System.Text.Json.Serialization;

namespace RentToOwn.Domain.Identity;

/// <summary>Writes an <see cref="Iin"/> as its 12-digit JSON string and parses it back (invalid → <see cref="JsonException"/>).</summary>
public sealed class IinJsonConverter : JsonConverter<Iin>
{
    /// <inheritdoc />
    public override Iin Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Iin.TryParse(reader.GetString(), out var iin, out var error) ? iin : throw new JsonException(error);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Iin value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
