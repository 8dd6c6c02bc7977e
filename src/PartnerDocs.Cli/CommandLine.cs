namespace PartnerDocs.Cli;

/// <summary>The parsed command line: a verb, positional arguments and --options.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);

    public required string Verb { get; init; }

    public List<string> Positionals { get; } = [];

    public string? Option(string name) => options.GetValueOrDefault(name);

    public bool Flag(string name) => options.ContainsKey(name);

    /// <summary>Parses args; <paramref name="valued"/> lists the options that take a value (e.g. "-o", "--format").</summary>
    public static CommandLine Parse(string[] args, IReadOnlySet<string> valued, IReadOnlySet<string> flags)
    {
        if (args.Length == 0)
        {
            throw new UsageException("missing command");
        }

        var line = new CommandLine { Verb = args[0] };
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (valued.Contains(arg))
            {
                if (i + 1 >= args.Length)
                {
                    throw new UsageException($"{arg} needs a value");
                }

                line.options[arg] = args[++i];
            }
            else if (flags.Contains(arg))
            {
                line.options[arg] = null;
            }
            else if (arg.StartsWith('-') && arg.Length > 1)
            {
                throw new UsageException($"unknown option '{arg}'");
            }
            else
            {
                line.Positionals.Add(arg);
            }
        }

        return line;
    }
}

internal sealed class UsageException(string message) : Exception(message);

/// <summary>The command cannot run for a reason the message explains fully (exit 2, no usage text).</summary>
internal sealed class CannotRunException(string message) : Exception(message);
