namespace CoachBot.BotFramework.Authentication;

/// <summary>
/// Where replies to an unauthenticated activity may go. In anonymous mode a serviceUrl is only what the sender claims,
/// and replies go there: anything but this machine (the Emulator, the Playground) would make the bot a relay to any
/// address it can reach, private ones included. Others are allowed only by name, in <c>BotAuth:AnonymousServiceUrls</c>:
/// an http(s) URL prefix (<c>https://example.ngrok.app/</c>) or a host (<c>10.0.0.5</c>, <c>emulator.internal</c>).
/// </summary>
public sealed class AnonymousServiceUrls
{
    private readonly List<Uri> _prefixes = [];
    private readonly HashSet<string> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="allowed">Entries as <see cref="Problem"/> accepts them; others are ignored (start-up validation names them).</param>
    public AnonymousServiceUrls(IEnumerable<string>? allowed = null)
    {
        foreach (var entry in allowed ?? [])
        {
            if (AsPrefix(entry) is { } prefix) _prefixes.Add(prefix);
            else if (IsHost(entry)) _hosts.Add(entry.Trim());
        }
    }

    /// <summary>Loopback only: what anonymous mode allows with nothing configured.</summary>
    public static AnonymousServiceUrls LoopbackOnly { get; } = new();

    public bool Allows(Uri url) =>
        url.IsLoopback || _hosts.Contains(url.Host) || _prefixes.Any(prefix =>
            string.Equals(prefix.Scheme, url.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(prefix.Host, url.Host, StringComparison.OrdinalIgnoreCase)
            && prefix.Port == url.Port
            && url.AbsolutePath.StartsWith(prefix.AbsolutePath, StringComparison.Ordinal));

    public bool Allows(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && Allows(url);

    /// <summary>Why an entry cannot be used; null when it is a URL prefix or a host name.</summary>
    public static string? Problem(string? entry) =>
        AsPrefix(entry) is not null || IsHost(entry)
            ? null
            : $"'{entry}' is neither an http(s) URL prefix (such as https://example.ngrok.app/) nor a host name (such as 10.0.0.5).";

    private static Uri? AsPrefix(string? entry) =>
        Uri.TryCreate(entry?.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
        && url.Query.Length == 0 && url.Fragment.Length == 0
            ? url
            : null;

    private static bool IsHost(string? entry) =>
        !string.IsNullOrWhiteSpace(entry) && Uri.CheckHostName(entry.Trim()) != UriHostNameType.Unknown;
}
