using System.Text;
using RentToOwn.Platform.Recipients;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Recipients;

public sealed class RecipientCsvParserTests
{
    private readonly RecipientCsvParser _parser = new();

    private RecipientCsvResult Parse(string text) => _parser.Parse(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Reads_a_comma_separated_list_with_quotes_and_normalises_phones()
    {
        var r = Parse($"iin,full_name,phone,category\n{TestIins.Recipient1},\"Қасымов, Нұрлан\",8 (701) 123-45-67,vulnerable\r\n{TestIins.Recipient2},Әлия Серікқызы,+77771234567,BUDGET\n\n");
        Assert.True(r.IsValid, string.Join("; ", r.Errors));
        Assert.Equal(2, r.Rows.Count);
        Assert.Equal(new RecipientRow(2, TestIins.Recipient1, "Қасымов, Нұрлан", "+77011234567", "vulnerable"), r.Rows[0]);
        Assert.Equal("budget", r.Rows[1].Category);
        Assert.Equal(3, r.Rows[1].Line);
    }

    [Fact]
    public void Reads_a_semicolon_separated_list_with_a_bom_and_columns_in_any_order()
    {
        var r = _parser.Parse([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes($"Category;Phone;IIN;Full_Name\ncity_forming;77011234567;{TestIins.Recipient3};Бекзат")]);
        Assert.True(r.IsValid, string.Join("; ", r.Errors));
        Assert.Equal(new RecipientRow(2, TestIins.Recipient3, "Бекзат", "+77011234567", "city_forming"), Assert.Single(r.Rows));
    }

    [Fact]
    public void Reports_every_bad_row_with_its_line_and_column()
    {
        var bad = TestIins.WithWrongControlDigit(TestIins.Recipient2);
        var r = Parse(string.Join('\n',
            "iin,full_name,phone,category",
            $"{TestIins.Recipient1},Good Person,+77011234567,vulnerable",
            $"{bad},Wrong Digit,+77011234567,vulnerable",
            "12345,Short,+77011234567,vulnerable",
            $"{TestIins.Recipient3},,+77011234567,vulnerable",
            $"{TestIins.Recipient3},No Phone,+1 555 0100,vulnerable",
            $"{TestIins.Recipient3},Bad Category,+77011234567,pensioner",
            $"{TestIins.Recipient1},Duplicate,+77011234567,budget",
            "too,few"));
        Assert.False(r.IsValid);
        Assert.Contains(r.Errors, e => e.Line == 3 && e.Column == "iin" && e.In("en").Contains("control digit", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(r.Errors, e => e.Line == 4 && e.Column == "iin" && e.In("en").Contains("12", StringComparison.Ordinal));
        Assert.Contains(r.Errors, e => e.Line == 5 && e.Column == "full_name");
        Assert.Contains(r.Errors, e => e.Line == 6 && e.Column == "phone");
        Assert.Contains(r.Errors, e => e.Line == 7 && e.Column == "category" && e.In("en").Contains("vulnerable, budget, city_forming"));
        Assert.Contains(r.Errors, e => e.Line == 8 && e.Column == "iin" && e.In("en").Contains("already on line 2"));
        Assert.Contains(r.Errors, e => e.Line == 9 && e.In("en").Contains("Expected 4 fields, found 2"));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("\n\n", "no header")]
    [InlineData("iin,full_name,phone,category\n", "no recipients")]
    [InlineData("iin,name,phone,category\n", "no column \"full_name\"")]
    public void Refuses_files_without_usable_content(string text, string expected)
    {
        var r = Parse(text);
        Assert.False(r.IsValid);
        Assert.Contains(r.Errors, e => e.In("en").Contains(expected, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Refuses_non_utf8_and_oversized_files()
    {
        var latin1 = _parser.Parse([(byte)'i', 0xC0, 0x20, 0xFF]);
        Assert.Contains("not UTF-8", Assert.Single(latin1.Errors).In("en"));
        var huge = _parser.Parse(new byte[RecipientCsvParser.MaxBytes + 1]);
        Assert.Contains("limit", Assert.Single(huge.Errors).In("en"));
    }

    [Theory]
    [InlineData("+7 701 123 45 67", "+77011234567")]
    [InlineData("87011234567", "+77011234567")]
    [InlineData("7011234567", "+77011234567")]
    [InlineData("+7 (727) 123-45-67", null)] // Almaty landline: no SMS
    [InlineData("+7 701 123 45", null)]
    [InlineData("+7-701-abc", null)]
    [InlineData("+44 20 7946 0958", null)]
    public void Normalises_kazakhstan_numbers(string input, string? expected) =>
        Assert.Equal(expected, RecipientCsvParser.NormalisePhone(input));
}
