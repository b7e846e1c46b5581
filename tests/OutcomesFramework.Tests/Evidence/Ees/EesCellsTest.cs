using System;
using OutcomesFramework.Evidence;
using OutcomesFramework.Evidence.Ees;
using Xunit;

namespace OutcomesFramework.Tests.Evidence.Ees;

public sealed class EesCellsTest
{
    [Theory]
    [InlineData("2024", 2024)]
    [InlineData(" 2024 ", 2024)]
    [InlineData("202425", 2025)] // two consecutive years end in the second
    [InlineData("199900", 2000)] // 99 -> 00 is allowed by the standard
    public void TryParseEndYear_ValidPeriod_GivesTheYearItEndsIn(string text, int expected)
    {
        Assert.True(EesCells.TryParseEndYear(text.AsSpan(), out var year));
        Assert.Equal(expected, year);
    }

    [Theory]
    [InlineData("")]
    [InlineData("24")]
    [InlineData("20245")]
    [InlineData("202325")] // not consecutive
    [InlineData("2024-25")]
    [InlineData("20x4")]
    public void TryParseEndYear_InvalidPeriod_Fails(string text) =>
        Assert.False(EesCells.TryParseEndYear(text.AsSpan(), out _));

    [Theory]
    [InlineData("12", 12.0)]
    [InlineData("-0.57", -0.57)]
    [InlineData("1e3", 1000.0)]
    [InlineData(" 22.6 ", 22.6)]
    public void Parse_Number_IsANumber(string text, double expected)
    {
        Assert.Equal(CellKind.Number, EesCells.Parse(text.AsSpan(), out var number, out _));
        Assert.Equal(expected, number);
    }

    [Fact]
    public void Parse_Symbol_IsAStatusWithNoNumber()
    {
        Assert.Equal(CellKind.Symbol, EesCells.Parse("low".AsSpan(), out var number, out var status));
        Assert.Equal((0.0, ObservationStatus.RoundsToZero), (number, status));
    }
}
