using Vigie.Cli;

return await VigieApp.RunAsync(ServeCatalog.Entries, args, Console.Out, Console.Error);
