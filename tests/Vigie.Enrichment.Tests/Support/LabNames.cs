namespace Vigie.Enrichment.Tests.Support;

/// <summary>The names of the lab zone (lab.test, RFC 2606): all on loopback except the forbidden one.</summary>
internal static class LabNames
{
    public const string Metadata = "metadata.lab.test";

    public static readonly string[] Loopback =
    [
        "genuine.lab.test", "copy.lab.test", "parked.lab.test", "redirect.lab.test", "hop.lab.test",
        "loop.lab.test", "chain.lab.test", "rebind.lab.test", "slow.lab.test", "big.lab.test", "bomb.lab.test",
        "download.lab.test", "collect.lab.test", "rnicrosoft-online.lab.test", "chase-outdoor.lab.test",
        "icon.lab.test", "scripted.lab.test",
    ];
}
