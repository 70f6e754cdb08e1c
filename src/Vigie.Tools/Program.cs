using Vigie.Cli;

return await VigieApp.RunAsync(ToolsCatalog.Entries, args, Console.Out, Console.Error);
