namespace RentToOwn.Platform.Consents;

/// <summary>Configuration section <c>Consents</c>.</summary>
public sealed class ConsentOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Consents";

    /// <summary>
    /// Appendix: the consent is valid "for the period of rendering this service". The service runs from the application to
    /// the registration of ownership after the last payment, so a consent lives for the longest lease term (months,
    /// default 240, A.17) unless withdrawn earlier. Our reading; the Appendix names no figure.
    /// </summary>
    public int ServicePeriodMonths { get; set; } = 240;

    /// <summary>Appendix: the platform used to prepare and send the registration application (operator's name).</summary>
    public string OperatorName { get; set; } = "the rent-to-own pilot platform operator (demo)";

    /// <summary>Appendix: the platform operator's BIN.</summary>
    public string OperatorBin { get; set; } = "990340000016";
}
