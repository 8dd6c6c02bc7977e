using PartnerDocs.Cli;

using var signals = ExitSignals.Install();
return Cli.Run(args, Console.Out, Console.Error);
