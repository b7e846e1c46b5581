using System;

namespace OutcomesFramework.England.Internal;

/// <summary>Decodes a value from bytes (an embedded file, read in place by <see cref="EmbeddedData.Decode{T}"/>).</summary>
/// <typeparam name="T">The value decoded.</typeparam>
/// <param name="data">The bytes.</param>
/// <returns>The value.</returns>
internal delegate T SpanDecoder<out T>(ReadOnlySpan<byte> data);
