using System.Text;
using Vigie.Cli;

// Standard output with a 64 KB buffer, flushed after every write as Console.Out is: Console.Out's own buffer is 256
// characters, so a 64 KB block of matches went out as 256 write(2) calls (351,017 calls for a million names).
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { AutoFlush = true };
return await VigieApp.RunAsync(CommandCatalog.Entries, args, stdout, Console.Error);
