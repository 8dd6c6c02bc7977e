using System.Collections.Concurrent;

namespace PartnerDocs.Site;

/// <summary>
/// Writes the rendered pages from one thread while the others render. Creating files in one folder is serialized by the
/// kernel anyway (the folder's lock), and a renderer waiting on that lock spins instead of rendering. The queue is
/// bounded, so rendered pages never pile up in memory. A write that fails stops the writer and is thrown to every
/// renderer that adds a page after it.
/// </summary>
internal sealed class PageWriter : IDisposable
{
    private readonly BlockingCollection<(string Path, string Html)> queue = new(boundedCapacity: 256);
    private readonly CancellationTokenSource failed = new();
    private readonly Task writing;

    public PageWriter() => writing = Task.Factory.StartNew(WriteAll, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public void Add(string path, string html)
    {
        try
        {
            queue.Add((path, html), failed.Token);
        }
        catch (OperationCanceledException)
        {
            writing.GetAwaiter().GetResult(); // throws what stopped the writer
            throw;
        }
    }

    /// <summary>Waits until every page added is written; throws what stopped the writer.</summary>
    public void Complete()
    {
        queue.CompleteAdding();
        writing.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        queue.CompleteAdding();
        failed.Cancel(); // a build that failed elsewhere writes no more pages
        Task.WhenAny(writing).Wait(); // its own failure, if any, was thrown to the renderers
        queue.Dispose();
        failed.Dispose();
    }

    private void WriteAll()
    {
        try
        {
            foreach (var (path, html) in queue.GetConsumingEnumerable(failed.Token))
            {
                SiteBuilder.Write(path, html);
            }
        }
        catch (OperationCanceledException) when (failed.IsCancellationRequested)
        {
            // Disposed before completion: the build failed elsewhere.
        }
        catch
        {
            failed.Cancel();
            throw;
        }
    }
}
