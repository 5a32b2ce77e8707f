using System.Collections;
using System.Diagnostics;

namespace ResBot.Bot.Tests.Telemetry;

/// <summary>The in-memory exporter's list, safe to read while the app's threads add the spans they end.</summary>
public sealed class ExportedSpans : ICollection<Activity>
{
    private readonly List<Activity> spans = [];

    public int Count { get { lock (spans) return spans.Count; } }

    public bool IsReadOnly => false;

    public void Add(Activity item) { lock (spans) spans.Add(item); }

    public void Clear() { lock (spans) spans.Clear(); }

    public bool Contains(Activity item) { lock (spans) return spans.Contains(item); }

    public void CopyTo(Activity[] array, int arrayIndex) { lock (spans) spans.CopyTo(array, arrayIndex); }

    public bool Remove(Activity item) { lock (spans) return spans.Remove(item); }

    /// <summary>A snapshot: the app may still be adding.</summary>
    public IEnumerator<Activity> GetEnumerator() { lock (spans) return spans.ToList().GetEnumerator(); }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
