using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ResBot.Bot.Tests.Channels.Teams;

/// <summary>
/// An HTTP server that reads each request whole, then resets the connection without answering: the request reached the
/// other side, the client cannot tell whether it was acted on. Counts the requests it received.
/// </summary>
public sealed class ResettingServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private int received;

    public ResettingServer()
    {
        listener.Start();
        _ = AcceptAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";

    public int Received => Volatile.Read(ref received);

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptSocketAsync(stop.Token);
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }
            _ = ServeAsync(socket);
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using (socket)
        {
            var buffer = new byte[64 * 1024];
            var read = 0;
            while (true)
            {
                var n = await socket.ReceiveAsync(buffer.AsMemory(read), SocketFlags.None);
                if (n == 0)
                    return;
                read += n;
                var text = Encoding.ASCII.GetString(buffer, 0, read);
                var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (end < 0)
                    continue;
                var length = text.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) is { } header
                    ? int.Parse(header["Content-Length:".Length..].Trim())
                    : 0;
                if (read >= end + 4 + length)
                    break;
            }
            Interlocked.Increment(ref received);
            // Linger 0: the close is a reset (RST), as when a proxy or the platform drops the connection.
            socket.LingerState = new LingerOption(true, 0);
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
    }
}
