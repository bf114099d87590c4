using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Registration;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>The registration and payment pages have every text in kk, ru and en.</summary>
public sealed class TextsTests
{
    [Fact]
    public void Every_key_exists_in_every_language()
    {
        Assert.Empty(RegistrationTexts.MissingKeys());
        Assert.Empty(PaymentTexts.MissingKeys());
    }
}
