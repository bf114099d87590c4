namespace RentToOwn.Domain.Identity;

/// <summary>
/// The control digit shared by IIN and BIN: the first 11 digits times weights 1..11, mod 11;
/// if that is 10, again with weights 3,4,5,6,7,8,9,10,11,1,2; if 10 again the number is invalid.
/// </summary>
public static class ControlDigit
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    /// <summary>
    /// Computes the control digit of the first 11 digits of <paramref name="digits"/>
    /// (which must be ASCII digits), or <c>null</c> when both weightings give 10 (no valid number).
    /// </summary>
    public static int? Compute(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 11)
        {
            throw new ArgumentException("need at least 11 digits", nameof(digits));
        }

        var first = WeightedSum(digits, FirstWeights) % 11;
        if (first != 10)
        {
            return first;
        }

        var second = WeightedSum(digits, SecondWeights) % 11;
        return second == 10 ? null : second;
    }

    private static int WeightedSum(ReadOnlySpan<char> digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        return sum;
    }
}
