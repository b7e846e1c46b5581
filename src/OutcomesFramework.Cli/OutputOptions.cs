using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using OutcomesFramework.Outputs;

namespace OutcomesFramework.Cli;

/// <summary>
/// The <c>--format</c> and <c>--out</c> options every command takes. <c>--format</c> offers exactly what the output's
/// <see cref="OutputFormatRegistry{T}"/> has, so that a format added to a registry appears in every command's help.
/// </summary>
/// <typeparam name="T">What the command writes.</typeparam>
internal sealed class OutputOptions<T>
{
    public OutputOptions(OutputFormatRegistry<T> registry)
    {
        Registry = registry;
        Format = new Option<string>("--format")
        {
            Description = "Output: " + string.Join("; ", registry.Formats.Select(f => f.Name + " (" + f.Description + ")")) + ". Default: " + registry.Formats[0].Name + ".",
            DefaultValueFactory = _ => registry.Formats[0].Name,
        };
        Out = new Option<string?>("--out") { Description = "Write the output to this file (UTF-8, no byte order mark) instead of the console." };
    }

    public OutputFormatRegistry<T> Registry { get; }

    public Option<string> Format { get; }

    public Option<string?> Out { get; }

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Out);
    }

    /// <summary>The format the user chose, or a user error naming the formats there are.</summary>
    public OutputFormat<T> Chosen(ParseResult parse)
    {
        var name = parse.GetValue(Format);
        return Registry.Find(name) ?? throw new UserErrorException("Unknown --format '" + name + "'; use " + string.Join(", ", Registry.Names) + ".");
    }

    /// <summary>Writes <paramref name="value"/> in the chosen format to the console or the <c>--out</c> file.</summary>
    public void Write(ParseResult parse, TextWriter output, T value) => Emit(parse, Out, output, Chosen(parse).ToText(value));

    /// <summary>Writes <paramref name="text"/> to the console, or to the <c>--out</c> file and says so.</summary>
    public static void Emit(ParseResult parse, Option<string?> outOption, TextWriter output, string text)
    {
        var path = parse.GetValue(outOption);
        if (path is null)
        {
            output.Write(text);
            return;
        }
        File.WriteAllText(CliInputs.OutputFile(path), text, new UTF8Encoding(false));
        output.WriteLine("Wrote " + path);
    }
}
