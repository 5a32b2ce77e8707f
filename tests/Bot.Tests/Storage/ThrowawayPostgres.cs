using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ResBot.Bot.Tests.Storage;

/// <summary>
/// A PostgreSQL cluster of the tests' own, from the installed binaries: `initdb` and `pg_ctl` in a temporary folder,
/// on a free loopback port, trusted local logins, stopped and deleted when the test process exits. Started as the
/// user running the tests; as root (initdb refuses root) as the `postgres` user the Debian package creates.
/// </summary>
public sealed class ThrowawayPostgres : IDisposable
{
    private readonly string _folder;
    private readonly string? _runAs;
    private readonly string _pgCtl;

    private ThrowawayPostgres(string folder, string? runAs, string pgCtl, int port)
    {
        _folder = folder;
        _runAs = runAs;
        _pgCtl = pgCtl;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=resbot;Database=postgres;Pooling=true";
    }

    public string ConnectionString { get; }

    public static ThrowawayPostgres Start()
    {
        var binaries = Binaries() ?? throw new InvalidOperationException(
            $"PostgreSQL is not installed here (no initdb and pg_ctl on PATH or under /usr/lib/postgresql/*/bin), and {TestPostgres.Variable} is not set. " +
            $"The PostgreSQL tests start a throwaway server from those binaries: install PostgreSQL (apt-get install postgresql), or run ./test.sh (as root: installs it), " +
            $"or set {TestPostgres.Variable} to a server's connection string.");
        RemoveStopped();
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        var folder = Directory.CreateTempSubdirectory("resbot-pg-").FullName;
        if (runAs is not null)
            Run("chown", null, runAs, folder);
        var port = FreePort();
        var server = new ThrowawayPostgres(folder, runAs, binaries.PgCtl, port);
        var data = Path.Combine(folder, "data");
        Run(binaries.InitDb, runAs, "-D", data, "-U", "resbot", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync");
        Run(binaries.PgCtl, runAs, "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        return server;
    }

    public void Dispose()
    {
        try
        {
            Run(_pgCtl, _runAs, "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Clusters of earlier runs that were stopped but not deleted (the test host may be ended before ProcessExit
    /// finishes): a folder without postmaster.pid holds no running server.
    /// </summary>
    private static void RemoveStopped()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "resbot-pg-*"))
        {
            if (File.Exists(Path.Combine(folder, "data", "postmaster.pid")) || Directory.GetCreationTimeUtc(folder) > DateTime.UtcNow.AddMinutes(-1))
                continue;
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static (string InitDb, string PgCtl)? Binaries()
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(v => int.TryParse(Path.GetFileName(v), out var n) ? n : 0).Select(v => Path.Combine(v, "bin"))
                : []);
        foreach (var folder in folders)
        {
            var initDb = Path.Combine(folder, "initdb");
            var pgCtl = Path.Combine(folder, "pg_ctl");
            if (File.Exists(initDb) && File.Exists(pgCtl))
                return (initDb, pgCtl);
        }
        return null;
    }

    private static void Run(string program, string? runAs, params string[] arguments)
    {
        var start = new ProcessStartInfo(runAs is null ? program : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (runAs is not null)
        {
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add(runAs);
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(program);
        }
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"Starting a throwaway PostgreSQL for the tests failed: `{Path.GetFileName(program)} {string.Join(' ', arguments)}` exited with {process.ExitCode}: {errors.Result.Trim()} {output.Result.Trim()}. " +
                $"Run ./test.sh (as root), or set {TestPostgres.Variable} to a server's connection string.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
