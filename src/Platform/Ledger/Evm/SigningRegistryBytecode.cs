
namespace RentToOwn.Platform.Ledger.Evm;

/// <summary>
/// Finds the compiled SigningRegistry (<c>npm run build</c> in contracts/evm writes <c>build/SigningRegistry.bin</c>):
/// the configured file, else the copy embedded into this assembly at build time (present when contracts/evm was built
/// before the platform), else <c>contracts/evm/build</c> above the application or content folder (a source checkout).
/// </summary>
public static class SigningRegistryBytecode
{
    /// <summary>Name of the embedded resource (see Platform.csproj).</summary>
    public const string ResourceName = "SigningRegistry.bin";

    /// <summary>Loads the deployable bytecode.</summary>
    /// <exception cref="InvalidOperationException">Nothing found; the message says how to build it.</exception>
    public static byte[] Load(string? configuredPath, string contentRoot)
    {
        if (configuredPath is not null)
        {
            var full = Path.GetFullPath(configuredPath, contentRoot);
            return File.Exists(full) ? Decode(File.ReadAllText(full), full)
                : throw new InvalidOperationException($"Ledger:Evm:BytecodePath: {full} does not exist");
        }

        using (var embedded = typeof(SigningRegistryBytecode).Assembly.GetManifestResourceStream(ResourceName))
        {
            if (embedded is not null)
            {
                using var reader = new StreamReader(embedded);
                return Decode(reader.ReadToEnd(), "the embedded " + ResourceName);
            }
        }

        var looked = new List<string>();
        foreach (var start in new[] { AppContext.BaseDirectory, contentRoot }.Distinct())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "contracts", "evm", "build", ResourceName);
                if (File.Exists(candidate)) return Decode(File.ReadAllText(candidate), candidate);
                if (File.Exists(Path.Combine(dir.FullName, "RentToOwn.sln")))
                {
                    looked.Add(candidate);
                    break;
                }
            }
        }

        throw new InvalidOperationException(
            "SigningRegistry bytecode not found" + (looked.Count > 0 ? $" ({string.Join(", ", looked)} missing)" : "")
            + ": run 'npm ci && npm run build' in contracts/evm (scripts/install-deps.sh does), set Ledger:Evm:BytecodePath, "
            + "or set Ledger:Evm:ContractAddress to a deployed SigningRegistry");
    }

    private static byte[] Decode(string text, string source)
    {
        try
        {
            var hex = text.Trim();
            var code = Convert.FromHexString(hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex[2..] : hex);
            return code.Length > 0 ? code : throw new FormatException("empty");
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"{source} is not hex bytecode: {e.Message}");
        }
    }
}
