using System.Text;

namespace Vigie.Cli.Serve;

/// <summary>A password from standard input: typed without echo on a terminal, else the first line (for scripts: printf '%s\n' "$pw" | vigie user add …).</summary>
internal static class PasswordInput
{
    public static async Task<string> ReadAsync(TextWriter prompt, CancellationToken cancellationToken)
    {
        if (Console.IsInputRedirected)
        {
            return (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? throw new UsageException("no password on standard input");
        }

        await prompt.WriteAsync("Password: ");
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        await prompt.WriteLineAsync();
        return password.ToString();
    }
}
