using System.Collections.Frozen;

namespace ResBot.Bot.Channels.Teams.Handlers;

/// <summary>The route table: one handler per activity type (and invoke name), checked when the host starts.</summary>
internal static class ActivityRoutes
{
    /// <exception cref="InvalidOperationException">Two handlers claim one route: the second would never run.</exception>
    public static FrozenDictionary<ActivityRoute, IActivityHandler> Build(IEnumerable<IActivityHandler> handlers)
    {
        var all = handlers.ToList();
        var clashes = all.GroupBy(h => h.Route).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Type}{(g.Key.InvokeName is null ? "" : "/" + g.Key.InvokeName)}: {string.Join(", ", g.Select(h => h.GetType().Name))}")
            .ToList();
        if (clashes.Count > 0)
            throw new InvalidOperationException($"Teams activity routes handled twice ({string.Join("; ", clashes)}): register one handler per route.");
        return all.ToFrozenDictionary(h => h.Route);
    }
}
