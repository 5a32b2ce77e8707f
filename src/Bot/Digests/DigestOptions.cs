using System.ComponentModel.DataAnnotations;

namespace ResBot.Bot.Digests;

/// <summary>`Digests`: the daily digest service.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digests";

    /// <summary>Run the minute tick inside `serve`. `resbot digest run` works either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often `serve` ticks (the first tick runs at start). A minute suits daily digests; tests use seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a replica holds a claimed delivery before another may take it over (it crashed).</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Clauses per subscription in one digest; the rest come in the next one.</summary>
    public int MaxClausesPerSection { get; set; } = 8;

    /// <summary>Characters of quoted text in one digest: Arabic at 2 bytes a letter must stay under Teams' 28 KB with the card around it; Slack allows 40,000 characters.</summary>
    public int MaxCharacters { get; set; } = 8_000;

    /// <summary>A quoted clause longer than this is cut, with its citation kept.</summary>
    public int MaxClauseCharacters { get; set; } = 700;
}
