using System;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;

namespace OutcomesFramework.Returns.Cin;

/// <summary>
/// Parses a CIN census's <c>Header</c> and <c>Child</c> elements into node buffers on a second thread, a few batches
/// ahead of the census reader, which turns them into records on its own thread: parsing the XML and building records
/// were a third and two thirds of reading a census, one after the other. The elements arrive in document order and
/// the records are built on one thread, so a census reads the same on any number of threads.
/// </summary>
/// <remarks>
/// Buffers circulate between the two threads (<see cref="Batches"/> batches of <see cref="BatchSize"/> elements), so
/// the parser is never more than a few hundred elements ahead and memory stays bounded. The last batch says how the
/// document ended: normally, with no <c>Message</c> root, or with the exception the parser met (and the number of the
/// child it was reading), which the reader reports as it did when it parsed on its own thread.
/// </remarks>
internal sealed class CinReadAhead : IDisposable
{
    private const int BatchSize = 32;
    private const int Batches = 4;

    private readonly BlockingCollection<Batch> full = new(Batches);
    private readonly BlockingCollection<Batch> free = new(Batches);
    private readonly CancellationTokenSource cancel = new();
    private readonly Task parser;
    private readonly CinTextPool pool;

    /// <summary>Starts parsing; the reader must stay open until <see cref="Dispose"/>.</summary>
    public CinReadAhead(XmlReader xml)
    {
        for (var i = 0; i < Batches; i++)
        {
            free.Add(new Batch());
        }
        pool = new CinTextPool(xml.NameTable);
        var token = cancel.Token;
        parser = Task.Run(() => Parse(xml, token));
    }

    /// <summary>Waits for the next batch, in document order; the last one has <see cref="Batch.Done"/> set.</summary>
    public Batch Next() => full.Take();

    /// <summary>Gives a batch's buffers back to the parser.</summary>
    public void Recycle(Batch batch)
    {
        batch.Count = 0;
        free.Add(batch);
    }

    /// <summary>Stops the parser if it is still running (the reader failed or stopped early) and waits for it.</summary>
    public void Dispose()
    {
        cancel.Cancel();
        try
        {
            parser.Wait();
        }
        catch (AggregateException)
        {
            // The parser only stops by cancellation here; what it met is in its last batch.
        }
        cancel.Dispose();
        full.Dispose();
        free.Dispose();
    }

    private void Parse(XmlReader xml, CancellationToken token)
    {
        Batch? batch = null;
        var children = 0;
        try
        {
            batch = free.Take(token);
            if (!xml.ReadToFollowing("Message"))
            {
                batch.NoRoot = true;
            }
            else
            {
                while (xml.Read())
                {
                    if (xml.NodeType != XmlNodeType.Element || xml.Depth != 1)
                    {
                        continue;
                    }
                    if (xml.LocalName == "Header")
                    {
                        batch = Append(batch, true, xml, token);
                    }
                    else if (xml.LocalName == "Children")
                    {
                        batch.SawChildren = true;
                        if (xml.ReadToDescendant("Child"))
                        {
                            do
                            {
                                children++;
                                batch = Append(batch, false, xml, token);
                            }
                            while (xml.ReadToNextSibling("Child"));
                        }
                    }
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            // Malformed XML (or the input failing): handed to the reader's thread, after the elements parsed before it.
            batch!.Error = ExceptionDispatchInfo.Capture(e);
        }
        batch.Children = children;
        batch.Done = true;
        try
        {
            full.Add(batch, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The reader stopped first.
        }
    }

    private Batch Append(Batch batch, bool header, XmlReader xml, CancellationToken token)
    {
        if (batch.Count == BatchSize)
        {
            var saw = batch.SawChildren;
            full.Add(batch, token);
            batch = free.Take(token);
            batch.SawChildren = saw;
        }
        var nodes = batch.Nodes[batch.Count] ??= new CinChildNodes();
        nodes.Load(xml, pool);
        batch.Headers[batch.Count] = header;
        batch.Count++;
        return batch;
    }

    /// <summary>Parsed elements in document order, and, on the last batch, how the document ended.</summary>
    internal sealed class Batch
    {
        /// <summary>Gets the elements' node buffers (the first <see cref="Count"/>).</summary>
        public CinChildNodes?[] Nodes { get; } = new CinChildNodes?[BatchSize];

        /// <summary>Gets, for each element, whether it is the Header (else a Child).</summary>
        public bool[] Headers { get; } = new bool[BatchSize];

        /// <summary>Gets or sets the number of elements in the batch.</summary>
        public int Count { get; set; }

        /// <summary>Gets or sets whether this is the last batch.</summary>
        public bool Done { get; set; }

        /// <summary>Gets or sets whether the document has no Message root (last batch).</summary>
        public bool NoRoot { get; set; }

        /// <summary>Gets or sets whether a Children element was met so far.</summary>
        public bool SawChildren { get; set; }

        /// <summary>Gets or sets the number of Child elements met, counting one the parser failed in (last batch).</summary>
        public int Children { get; set; }

        /// <summary>Gets or sets what stopped the parser, or null (last batch).</summary>
        public ExceptionDispatchInfo? Error { get; set; }
    }
}
