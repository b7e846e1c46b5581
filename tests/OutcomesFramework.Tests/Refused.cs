using System;
using Xunit;

namespace OutcomesFramework.Tests;

/// <summary>
/// The one check that a call is refused: the exception's exact type, the parameter it names and how its message begins
/// (the message's first sentence is what a caller reads; .NET appends the parameter name after it).
/// </summary>
internal static class Refused
{
    /// <summary>Asserts that <paramref name="call"/> throws exactly <see cref="ArgumentException"/> naming <paramref name="paramName"/>, its message starting with <paramref name="message"/>.</summary>
    public static ArgumentException Argument(Func<object> call, string paramName, string message) => Check<ArgumentException>(call, paramName, message);

    /// <summary>Asserts that <paramref name="call"/> throws <see cref="ArgumentOutOfRangeException"/> naming <paramref name="paramName"/>, its message starting with <paramref name="message"/>.</summary>
    public static ArgumentOutOfRangeException OutOfRange(Func<object> call, string paramName, string message = "") => Check<ArgumentOutOfRangeException>(call, paramName, message);

    private static TException Check<TException>(Func<object> call, string paramName, string message)
        where TException : ArgumentException
    {
        var ex = Assert.Throws<TException>(call);
        Assert.Equal(paramName, ex.ParamName);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
        return ex;
    }
}
