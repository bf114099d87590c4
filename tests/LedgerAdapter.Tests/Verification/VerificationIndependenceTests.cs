using System.Reflection;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.LedgerAdapter.Tests.Verification;

public class VerificationIndependenceTests
{
    [Fact]
    public void Verification_types_touch_no_storage_type()
    {
        var verification = typeof(MerkleProofs).Assembly.GetTypes().Where(t => t.Namespace == typeof(MerkleProofs).Namespace).ToList();
        Assert.Contains(typeof(CheckpointVerifier), verification);
        foreach (var type in verification)
        {
            var used = type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .SelectMany(m => m switch
                {
                    MethodInfo mi => mi.GetParameters().Select(p => p.ParameterType).Append(mi.ReturnType),
                    FieldInfo f => [f.FieldType],
                    PropertyInfo p => [p.PropertyType],
                    ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
                    _ => [],
                })
                .Concat(type.GetInterfaces());
            foreach (var t in used.SelectMany(Flatten))
            {
                Assert.False(t.Namespace?.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal) == true, $"{type.Name} uses {t}");
                Assert.False(t.Namespace == "RentToOwn.LedgerAdapter.Embedded", $"{type.Name} uses {t}");
                Assert.False(t.Namespace == "RentToOwn.LedgerAdapter.Anchoring", $"{type.Name} uses {t}");
            }
        }
    }

    private static IEnumerable<Type> Flatten(Type t) =>
        t.IsGenericType ? t.GetGenericArguments().SelectMany(Flatten).Append(t) : t.HasElementType ? Flatten(t.GetElementType()!).Append(t) : [t];
}
