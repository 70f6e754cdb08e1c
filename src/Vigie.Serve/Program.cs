using Vigie.Cli;

return await VigieApp.RunAsync(ServeCatalog.Create(), args, Console.Out, Console.Error);
