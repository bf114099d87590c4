using System.Text;
using RentToOwn.Platform.Housing.Import;

namespace RentToOwn.Platform.Tests.Housing;

/// <summary>A.5, A.17: the housing stock CSV — valid rows, each kind of row error, and the size and row bounds.</summary>
public sealed class FlatCsvParserTests
{
    private const string Header = "cadastral_number,address,total_area,living_area,rooms,price_kzt,city\n";
    private static readonly FlatCsvParser Parser = new(maxBytes: 64 * 1024, maxRows: 10);

    private static FlatCsvResult Parse(string text) => Parser.Parse(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A5_valid_rows_are_read_in_any_column_order_with_semicolons_and_quotes()
    {
        var r = Parse("city;rooms;price_kzt;cadastral_number;address;total_area;living_area\n" +
                      "Астана;2;15000000;21-320-101-601;\"г. Астана; ул. Сыганак, 10, кв. 1\";54.6;32.1\n");
        Assert.Empty(r.Errors);
        var row = Assert.Single(r.Rows);
        Assert.Equal(new FlatRow(2, "21-320-101-601", "г. Астана; ул. Сыганак, 10, кв. 1", 54.6m, 32.1m, 2, 15_000_000, "Астана"), row);
    }

    [Theory]
    [InlineData("21 320;a;54.6;32.1;2;15000000;Астана", "cadastral_number")]
    [InlineData("21-320-1;;54.6;32.1;2;15000000;Астана", "address")]
    [InlineData("21-320-1;a;54,6;32.1;2;15000000;Астана", "total_area")]
    [InlineData("21-320-1;a;5;5;2;15000000;Астана", "total_area")]
    [InlineData("21-320-1;a;54.6;60.0;2;15000000;Астана", "living_area")]
    [InlineData("21-320-1;a;54.6;32.1;0;15000000;Астана", "rooms")]
    [InlineData("21-320-1;a;54.6;32.1;2;-5;Астана", "price_kzt")]
    [InlineData("21-320-1;a;54.6;32.1;2;15000000;", "city")]
    [InlineData("21-320-1;a;54.6;32.1;2;15000000", null)]
    public void A5_a_bad_row_is_reported_with_its_line_and_column(string row, string? column)
    {
        var r = Parse(Header.Replace(',', ';') + "21-320-2;b;54.6;32.1;2;15000000;Астана\n" + row + "\n");
        var error = Assert.Single(r.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Single(r.Rows);
    }

    [Fact]
    public void A5_a_repeated_cadastral_number_names_the_first_line()
    {
        var r = Parse(Header + "21-320-1,a,54.6,32.1,2,15000000,Астана\n21-320-1,b,54.6,32.1,2,15000000,Астана\n");
        Assert.Contains("line 2", Assert.Single(r.Errors).In("en"));
    }

    [Fact]
    public void A5_missing_columns_empty_files_and_non_utf8_are_refused_with_a_reason()
    {
        Assert.Equal(["rooms", "price_kzt"], Parse("cadastral_number,address,total_area,living_area,city\n").Errors.Select(e => e.Column));
        Assert.Contains("empty", Parse("").Errors.Single().In("en"));
        Assert.Contains("no flats", Parse(Header).Errors.Single().In("en"));
        Assert.Contains("UTF-8", Parser.Parse([0x63, 0xff, 0xfe, 0x0a]).Errors.Single().In("en"));
    }

    [Fact]
    public void A5_hostile_input_is_bounded_in_bytes_and_rows()
    {
        Assert.True(Parser.TooLarge(64 * 1024 + 1));
        Assert.Contains("limit", Parser.Parse(new byte[64 * 1024 + 1]).Errors.Single().In("en"));
        var many = Header + string.Concat(Enumerable.Range(1, 50).Select(i => $"21-320-{i},a,54.6,32.1,2,15000000,Астана\n"));
        var r = Parse(many);
        Assert.Equal(10, r.Rows.Count);
        Assert.Contains("More than 10 rows", r.Errors.Single().In("en"));
        // One long line of separators: one row error, no blow-up.
        Assert.Contains("fields", Parse(Header + new string(',', 50_000) + "\n").Errors.Single().In("en"));
    }

    [Theory]
    [InlineData(1, 1, 2)]
    [InlineData(2, 1, 2)]
    [InlineData(3, 2, 3)]
    [InlineData(5, 4, 5)]
    public void A17_family_size_rule_gives_the_rooms_range(int members, int min, int max)
    {
        var o = new RentToOwn.Platform.Housing.HousingOptions();
        Assert.Equal((min, max), (o.MinRooms(members), o.MaxRooms(members)));
    }
}
