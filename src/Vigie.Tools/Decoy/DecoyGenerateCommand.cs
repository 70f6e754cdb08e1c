using System.CommandLine;
using System.Text.Json;
using Vigie.Decoys.Generation;

namespace Vigie.Cli.Decoy;

/// <summary>`vigie decoy generate`: decoys stored (hashed) and printed once, to plant by hand (README, "Decoys").</summary>
internal static class DecoyGenerateCommand
{
    public static Command Create()
    {
        var domain = new Option<string>("--domain") { Description = "The organisation's mail domain (en-marche.fr).", Required = true };
        var count = new Option<int>("--count") { Description = "How many decoys.", DefaultValueFactory = _ => 1 };
        var pattern = DecoyOptions.Pattern();
        var language = DecoyOptions.Language();
        var finding = new Option<long?>("--finding") { Description = "The finding (id) the decoys are meant for: a use names it." };
        var format = new Option<string>("--format") { Description = "text (user and password, tab-separated) or json (objects with username and password).", DefaultValueFactory = _ => "text" };
        var db = DecoyOptions.Db();
        var command = new Command("generate", "Make decoy logins unique to this instance; their passwords are shown this once and stored only hashed.") { domain, count, pattern, language, finding, format, db };
        command.SetAction(async (parse, cancel) =>
        {
            var output = parse.GetValue(format) is "text" or "json" ? parse.GetValue(format)! : throw new UsageException($"--format: '{parse.GetValue(format)}' is not one of text, json");
            DecoyRequest request;
            try
            {
                request = new DecoyRequest(parse.GetValue(domain)!, parse.GetValue(count), AddressPattern.Parse(parse.GetValue(pattern)!), DecoyOptions.Language(parse.GetValue(language)!), parse.GetValue(finding));
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }

            var (database, store) = await DecoyOptions.OpenAsync(parse.GetValue(db), cancel);
            await using (database)
            {
                if (request.FindingId is { } id && await store.Findings.GetAsync(id, cancel) is null)
                {
                    throw new UsageException($"--finding: no finding {id}");
                }

                IReadOnlyList<DecoyIdentity> decoys;
                try
                {
                    decoys = await new DecoyGenerator(store.Decoys, TimeProvider.System).GenerateAsync(request, cancel);
                }
                catch (ArgumentException e)
                {
                    throw new UsageException(e.Message);
                }

                var stdout = parse.InvocationConfiguration.Output;
                if (output == "json")
                {
                    await stdout.WriteLineAsync(JsonSerializer.Serialize([.. decoys.Select(d => new GeneratedDecoyJson(d.Username, d.Password))], DecoyJsonContext.Default.ListGeneratedDecoyJson));
                }
                else
                {
                    foreach (var decoy in decoys)
                    {
                        await stdout.WriteLineAsync($"{decoy.Username}\t{decoy.Password}");
                    }
                }

                await parse.InvocationConfiguration.Error.WriteLineAsync($"vigie: {decoys.Count} decoy(s) stored; their passwords are kept only as hashes: this is the only time they are shown");
                return ExitCodes.Success;
            }
        });
        return command;
    }
}
