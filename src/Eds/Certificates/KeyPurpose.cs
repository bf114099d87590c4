namespace RentToOwn.Eds.Certificates;

/// <summary>What an NCA certificate is for.</summary>
public enum KeyPurpose
{
    /// <summary>Document signing (RSA256_/GOST512_ keys): digitalSignature + nonRepudiation, EKU 1.3.6.1.5.5.7.3.4.</summary>
    Signing,

    /// <summary>Authentication (AUTH_ keys): digitalSignature + keyEncipherment, EKU 1.3.6.1.5.5.7.3.2.</summary>
    Authentication,
}
