namespace Vigie.Enrichment.Tests.Support;

/// <summary>
/// The contents of a lab DNS zone served by <see cref="UnboundServer"/>: registered names (NS, A, MX, like
/// ../shared/bench/with-local-dns.sh, with their own name servers and mail exchangers when given), wildcard zones,
/// and names whose server fails (SERVFAIL).
/// </summary>
internal sealed class LabZone
{
    public Dictionary<string, string> Registered { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Wildcards { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Failing { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<string>> Texts { get; } = new(StringComparer.Ordinal);

    /// <summary>NS hosts of a registered name, instead of ns1.lab.test.</summary>
    public Dictionary<string, string[]> NameServers { get; } = new(StringComparer.Ordinal);

    /// <summary>MX hosts of a registered name, instead of mx.lab.test.</summary>
    public Dictionary<string, string[]> MailExchangers { get; } = new(StringComparer.Ordinal);

    /// <summary>A delegated name with NS, A (the given address, or one derived from its position) and MX records.</summary>
    public LabZone Register(string name, string? address = null)
    {
        Registered[name] = address ?? $"127.0.1.{(Registered.Count % 250) + 1}";
        return this;
    }

    /// <summary>A registered name delegated to <paramref name="nameServers"/> and receiving mail at <paramref name="mailExchangers"/>.</summary>
    public LabZone Register(string name, string address, string[] nameServers, string[] mailExchangers)
    {
        Register(name, address);
        NameServers[name] = nameServers;
        MailExchangers[name] = mailExchangers;
        return this;
    }

    /// <summary>Every name under <paramref name="parent"/> (and the parent) answers A <paramref name="address"/>.</summary>
    public LabZone Wildcard(string parent, string address)
    {
        Wildcards[parent] = address;
        return this;
    }

    /// <summary>A TXT record at <paramref name="name"/> (a registered name, or "_dmarc." + one).</summary>
    public LabZone Text(string name, string text)
    {
        if (!Texts.TryGetValue(name, out var texts))
        {
            Texts[name] = texts = [];
        }

        texts.Add(text);
        return this;
    }

    /// <summary>Queries for the name go to a server that does not exist: the resolver answers SERVFAIL.</summary>
    public LabZone Fail(string name)
    {
        Failing.Add(name);
        return this;
    }
}
