namespace ResBot.Bot.Generative;

/// <summary>An async-local user key: it flows with the call into the assistant, and no further than its scope.</summary>
internal sealed class GenerativeUserContext : IGenerativeUserContext
{
    private readonly AsyncLocal<string?> current = new();

    public string? UserKey => current.Value;

    public IDisposable BeginUser(string userKey)
    {
        var previous = current.Value;
        current.Value = userKey;
        return new Scope(() => current.Value = previous);
    }

    private sealed class Scope(Action restore) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
                restore();
        }
    }
}
