using Vigie.Cli;

return await VigieApp.RunAsync(args, Console.Out, Console.Error);
