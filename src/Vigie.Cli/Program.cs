using Vigie.Cli;

return await VigieApp.RunAsync(CommandCatalog.Entries, args, Console.Out, Console.Error);
