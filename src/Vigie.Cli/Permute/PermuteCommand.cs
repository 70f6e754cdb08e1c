using System.CommandLine;
using Vigie.Core.Permutations;

namespace Vigie.Cli.Permute;

/// <summary>`vigie permute DOMAIN`: the names an attacker could register to imitate DOMAIN (README.md, "vigie permute").</summary>
internal static class PermuteCommand
{
    public static Command Create()
    {
        var domain = new Argument<string>("DOMAIN") { Description = "The domain to imitate: a name, a URL, Unicode or punycode." };
        var fuzzers = new Option<string?>("--fuzzers")
        {
            Description = $"Only these techniques, comma-separated: {string.Join(", ", Techniques.All)}.",
            HelpName = "a,b,...",
        };
        var subdomains = new Option<string?>("--subdomains")
        {
            Description = "Known subdomains, comma-separated (onedrive,mail): flattened with a hyphen and stacked with typos.",
            HelpName = "s1,s2,...",
        };
        var keywords = new Option<FileInfo?>("--keywords") { Description = "File of extra service words for combosquatting, one a line.", HelpName = "FILE" };
        var dictionary = new Option<FileInfo?>("--dictionary") { Description = "File of words for the dictionary technique, instead of the built-in ones.", HelpName = "FILE" };
        var tlds = new Option<FileInfo?>("--tld") { Description = "File of TLDs for tld-swap, instead of the built-in common and abused ones.", HelpName = "FILE" };
        // Checked by PermutationWriter.For rather than AcceptOnlyFromAmong, whose error spans several lines.
        var format = new Option<string>("--format")
        {
            Description = "Output format: list (ASCII names), csv or json (domain, unicode, technique).",
            DefaultValueFactory = _ => "list",
            HelpName = "list|csv|json",
        };

        var command = new Command("permute", "List the look-alike domains an attacker could register: dnstwist's techniques, "
            + "dot-to-hyphen, combosquatting, stacked typos, registry-aware homoglyphs, TLD swap.")
        {
            domain, fuzzers, subdomains, keywords, dictionary, tlds, format,
        };

        // Synchronous inside (PermutationWriter says why); the token still lets Ctrl+C stop a long run.
        command.SetAction((parse, cancel) =>
        {
            var request = new PermuteRequest(
                parse.GetValue(domain)!,
                parse.GetValue(fuzzers),
                parse.GetValue(subdomains),
                parse.GetValue(keywords),
                parse.GetValue(dictionary),
                parse.GetValue(tlds),
                parse.GetValue(format)!);
            return Task.FromResult(PermuteRunner.Run(request, parse.InvocationConfiguration.Output, cancel));
        });
        return command;
    }
}
