using System;
using System.IO;
using System.Linq;
using OutcomesFramework.Fuzz;
using SharpFuzz;

// The fuzz harness of docs/reliability.md. Under afl-fuzz (fuzz/run): `OutcomesFramework.Fuzz READER`.
// To replay one input (a crash AFL found): `OutcomesFramework.Fuzz READER FILE`.
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine("usage: OutcomesFramework.Fuzz READER [FILE]; readers: " + string.Join(", ", FuzzTargets.All.Keys));
    return 2;
}
if (args.Length > 1)
{
    target(File.ReadAllBytes(args[1]));
    Console.WriteLine("no finding: " + args[1]);
    return 0;
}
// Persistent mode: one process runs many inputs; an exception other than the reader's typed error ends it (a crash).
Fuzzer.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
