using System.CommandLine;
using Vigie.Sources.CertificateTransparency;
using Vigie.Sources.Http;

namespace Vigie.Cli.Ct;

/// <summary>`vigie ct logs`: the logs Vigie follows, from Google's (signature-checked) and Apple's lists.</summary>
internal static class CtLogsCommand
{
    public static Command Create()
    {
        var all = new Option<bool>("--all") { Description = "Also list logs that are not usable or qualified (readonly, retired, rejected, pending, test)." };
        var offline = new Option<bool>("--offline") { Description = "Use the lists bundled with Vigie instead of fetching the current ones." };
        var command = new Command("logs", "List the CT logs of both kinds (RFC 6962 and tiled) from Google's and Apple's lists.") { all, offline };
        command.SetAction(async (parse, cancel) =>
        {
            using var client = parse.GetValue(offline) ? null : HttpClientGetter.CreateClient(TimeSpan.FromSeconds(20));
            var loader = new LogListLoader(client is null ? null : new HttpClientGetter(client));
            List<CtLog> logs;
            List<string> warnings;
            try
            {
                (logs, warnings) = await loader.LoadAsync(cancel);
            }
            catch (CtFormatException e)
            {
                throw new UsageException(e.Message);
            }

            foreach (var warning in warnings)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"vigie: warning: {warning}");
            }

            var shown = parse.GetValue(all) ? logs : logs.Where(l => l.IsActive).ToList();
            await CtLogsWriter.WriteAsync(parse.InvocationConfiguration.Output, shown, cancel);
            return ExitCodes.Success;
        });
        return command;
    }
}
