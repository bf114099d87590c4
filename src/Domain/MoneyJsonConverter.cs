using System.Text.Json;
using System.Text.Json.Serialization;

namespace RentToOwn.Domain;

/// <summary>JSON for <see cref="Money"/>: a decimal tenge number.</summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc />
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetDecimal();
        return decimal.Round(value, 2) == value
            ? Money.FromTenge(value)
            : throw new JsonException($"{value} has more than 2 decimals; amounts are in whole tiyn");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Tenge);
}
