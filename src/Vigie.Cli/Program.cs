using Vigie.Cli;

return await VigieApp.RunAsync(CommandCatalog.Create(), args, Console.Out, Console.Error);
