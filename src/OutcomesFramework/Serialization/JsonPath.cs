using System.Globalization;
using System.Text;

namespace OutcomesFramework.Serialization;

/// <summary>Builds JSON paths in the dotted form <c>$.indicators[3].source.filters['la name']</c>.</summary>
internal static class JsonPath
{
    /// <summary>The path of the document's root value.</summary>
    public const string Root = "$";

    /// <summary>Returns the path of property <paramref name="name"/> of the object at <paramref name="parent"/>.</summary>
    public static string Property(string parent, string name)
    {
        if (IsPlainName(name))
        {
            return parent + "." + name;
        }
        // Bracket notation keeps a name with dots, spaces or quotes unambiguous.
        var sb = new StringBuilder(parent.Length + name.Length + 4).Append(parent).Append("['");
        foreach (var c in name)
        {
            if (c is '\'' or '\\')
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        return sb.Append("']").ToString();
    }

    /// <summary>Returns the path of item <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
    public static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || (name[0] >= '0' && name[0] <= '9'))
        {
            return false;
        }
        foreach (var c in name)
        {
            var ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }
}
