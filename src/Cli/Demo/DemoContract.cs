using System.Text.Json;

namespace RentToOwn.Cli.Demo;

/// <summary>The lease contract once tenant, guarantor and KTK head have signed it (A.18).</summary>
/// <param name="Id">Contract (lease) id.</param>
/// <param name="Pdf">The exact signed bytes.</param>
/// <param name="View">The contract API's answer after the last signature (terms, signatures with receipts).</param>
public sealed record DemoContract(string Id, byte[] Pdf, JsonElement View);
