namespace RentToOwn.Eds.Signing;

/// <summary>The TSA could not be reached or refused to stamp.</summary>
public sealed class TimestampException(string message, Exception? inner = null) : Exception(message, inner);
