using System;

namespace OutcomesFramework.Cli;

/// <summary>A problem with what the user asked for; reported as a message with exit code 2, never a stack trace.</summary>
internal sealed class UserErrorException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and, where possible, what to do about it.</param>
    public UserErrorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public UserErrorException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public UserErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
