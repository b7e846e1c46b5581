using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace OutcomesFramework.Utility;

/// <summary>
/// Argument checks shared by every validated type, in the NodaTime manner: each check names the
/// parameter, gives an invariant message, and keeps the throw in a separate method so the check inlines.
/// </summary>
internal static class Preconditions
{
    /// <summary>Returns <paramref name="argument"/> or throws when it is null.</summary>
    public static T CheckNotNull<T>([NotNull] T? argument, string paramName)
        where T : class
    {
        if (argument is null)
        {
            ThrowArgumentNull(paramName);
        }
        return argument;
    }

    /// <summary>Returns <paramref name="argument"/> or throws when it is null, empty or only white space.</summary>
    public static string CheckNotBlank([NotNull] string? argument, string paramName)
    {
        if (argument is null)
        {
            ThrowArgumentNull(paramName);
        }
        if (string.IsNullOrWhiteSpace(argument))
        {
            ThrowArgument(paramName, "Value must not be empty or white space.");
        }
        return argument;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is in [min, max].</summary>
    public static int CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowRange(paramName, value, minInclusive.ToString(CultureInfo.InvariantCulture), maxInclusive.ToString(CultureInfo.InvariantCulture));
        }
        return value;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is finite and in [min, max].</summary>
    public static double CheckArgumentRange(string paramName, double value, double minInclusive, double maxInclusive)
    {
        if (!(value >= minInclusive && value <= maxInclusive))
        {
            ThrowRange(paramName, value, minInclusive.ToString("R", CultureInfo.InvariantCulture), maxInclusive.ToString("R", CultureInfo.InvariantCulture));
        }
        return value;
    }

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> when <paramref name="expression"/> is false.</summary>
    public static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            ThrowArgument(paramName, message);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> with a formatted message when <paramref name="expression"/> is false.</summary>
    public static void CheckArgument<T>([DoesNotReturnIf(false)] bool expression, string paramName, string messageFormat, T messageArg)
    {
        if (!expression)
        {
            ThrowArgument(paramName, string.Format(CultureInfo.InvariantCulture, messageFormat, messageArg));
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> when any element is null.</summary>
    public static void CheckNoNullElements<T>(IEnumerable<T?> items, string paramName)
        where T : class
    {
        var index = 0;
        foreach (var item in items)
        {
            if (item is null)
            {
                ThrowArgument(paramName, string.Format(CultureInfo.InvariantCulture, "Element {0} is null.", index));
            }
            index++;
        }
    }

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowArgumentNull(string paramName) => throw new ArgumentNullException(paramName);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowArgument(string paramName, string message) => throw new ArgumentException(message, paramName);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowRange<T>(string paramName, T value, string min, string max) =>
        throw new ArgumentOutOfRangeException(
            paramName,
            value,
            string.Format(CultureInfo.InvariantCulture, "Value should be in range [{0}, {1}].", min, max));
}
