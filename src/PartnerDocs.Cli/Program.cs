using PartnerDocs.Cli;

CpuTwin.ReplaceThisProcess(args); // first: nothing has been read or written yet
using var signals = ExitSignals.Install();
return Cli.Run(args, Console.Out, Console.Error);
