using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Lcoo.Summit.Api.Tests.Infrastructure;

/// <summary>An HTTP/1.1 answer read off a socket: status, headers and body as the server wrote them.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public JsonElement Json() => JsonDocument.Parse(Body).RootElement.Clone();

    public override string ToString() => $"{Status} {Header("content-type")}: {(Body.Length > 600 ? Body[..600] + "…" : Body)}";
}

/// <summary>
/// Requests written byte by byte to a real socket, for what HttpClient will not send: wrong chunk sizes, a body
/// that stalls, a Content-Length that lies, headers of any size.
/// </summary>
public static class RawHttp
{
    /// <summary>Sends the parts in order (waiting <paramref name="pause"/> between them) and reads the answer.</summary>
    public static async Task<RawResponse> SendAsync(Uri server, IEnumerable<byte[]> parts, TimeSpan? pause = null, TimeSpan? timeout = null)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(server.Host, server.Port);
        var stream = socket.GetStream();
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        var reading = ReadResponseAsync(stream, deadline.Token);
        try
        {
            foreach (var part in parts)
            {
                if (reading.IsCompleted)
                {
                    break; // the server answered before taking everything: as it should for a refused body
                }

                await stream.WriteAsync(part, deadline.Token);
                if (pause is { } p)
                {
                    await Task.Delay(p, deadline.Token);
                }
            }
        }
        catch (IOException)
        {
            // The server closed its side after answering; the answer is what matters.
        }

        return await reading;
    }

    public static Task<RawResponse> SendAsync(Uri server, string head, byte[]? body = null, TimeSpan? timeout = null) =>
        SendAsync(server, body is null ? [Encoding.ASCII.GetBytes(head)] : [Encoding.ASCII.GetBytes(head), body], timeout: timeout);

    /// <summary>A request head with the coordinator key, the host and the given lines, ending with the blank line.</summary>
    public static string Head(string requestLine, params string[] headers) =>
        $"{requestLine}\r\nHost: 127.0.0.1\r\nX-Api-Key: {ApiFactory.CoordinatorKey}\r\n{string.Concat(headers.Select(h => h + "\r\n"))}\r\n";

    private static async Task<RawResponse> ReadResponseAsync(NetworkStream stream, CancellationToken ct, MemoryStream? already = null)
    {
        var buffer = already ?? new MemoryStream();
        var chunk = new byte[16 * 1024];
        int headEnd;
        while ((headEnd = IndexOf(buffer, "\r\n\r\n"u8)) < 0)
        {
            var read = await stream.ReadAsync(chunk, ct);
            if (read == 0)
            {
                throw new IOException($"The server closed the connection without an answer (after {buffer.Length} bytes).");
            }

            buffer.Write(chunk, 0, read);
        }

        var all = buffer.ToArray();
        var head = Encoding.ASCII.GetString(all, 0, headEnd).Split("\r\n");
        var status = int.Parse(head[0].Split(' ')[1], CultureInfo.InvariantCulture);
        if (status is >= 100 and < 200)
        {
            // An interim answer (100 Continue): the real one follows.
            var rest = new MemoryStream();
            rest.Write(all, headEnd + 4, all.Length - headEnd - 4);
            return await ReadResponseAsync(stream, ct, rest);
        }

        var headers = head.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
        var body = new MemoryStream();
        body.Write(all, headEnd + 4, all.Length - headEnd - 4);

        if (headers.TryGetValue("content-length", out var length))
        {
            var expected = long.Parse(length, CultureInfo.InvariantCulture);
            while (body.Length < expected)
            {
                var read = await stream.ReadAsync(chunk, ct);
                if (read == 0)
                {
                    break;
                }

                body.Write(chunk, 0, read);
            }

            return new RawResponse(status, headers, Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)Math.Min(body.Length, expected)));
        }

        if (headers.TryGetValue("transfer-encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            while (IndexOf(body, "0\r\n\r\n"u8) < 0)
            {
                var read = await stream.ReadAsync(chunk, ct);
                if (read == 0)
                {
                    break;
                }

                body.Write(chunk, 0, read);
            }

            return new RawResponse(status, headers, Dechunk(body.ToArray()));
        }

        return new RawResponse(status, headers, Encoding.UTF8.GetString(body.ToArray()));
    }

    private static string Dechunk(byte[] bytes)
    {
        var text = new StringBuilder();
        var at = 0;
        while (at < bytes.Length)
        {
            var line = Array.IndexOf(bytes, (byte)'\n', at);
            if (line < 0)
            {
                break;
            }

            var size = int.Parse(Encoding.ASCII.GetString(bytes, at, line - at).Trim().Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                break;
            }

            text.Append(Encoding.UTF8.GetString(bytes, line + 1, size));
            at = line + 1 + size + 2;
        }

        return text.ToString();
    }

    private static int IndexOf(MemoryStream buffer, ReadOnlySpan<byte> needle) =>
        buffer.GetBuffer().AsSpan(0, (int)buffer.Length).IndexOf(needle);
}
