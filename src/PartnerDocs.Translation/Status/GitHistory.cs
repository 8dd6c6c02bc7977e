using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PartnerDocs.Translation.Status;

/// <summary>
/// The git history of one folder (the source locale): when each file last changed, and the text of its earlier versions.
/// <see cref="Open"/> returns null when the folder is not in a git work tree or git is not installed.
/// </summary>
public sealed class GitHistory : IDisposable
{
    private readonly string folder;
    private readonly string prefix;
    private readonly Dictionary<string, DateTimeOffset> lastCommit;
    private readonly HashSet<string> uncommitted;
    private Process? catFile;

    private GitHistory(string folder, string prefix)
    {
        this.folder = folder;
        this.prefix = prefix;
        lastCommit = ReadLastCommits();
        uncommitted = Lines(Git("diff", "--name-only", "--relative", "HEAD", "--", ".") ?? "").ToHashSet(StringComparer.Ordinal);
    }

    public static GitHistory? Open(string folder) =>
        Directory.Exists(folder) && Run(folder, "rev-parse", "--show-prefix") is { } prefix ? new GitHistory(folder, prefix.Trim()) : null;

    /// <summary>The commit date of the file's last change (folder-relative path); null when git does not track it.</summary>
    public DateTimeOffset? LastCommit(string path) => lastCommit.TryGetValue(path, out var date) ? date : null;

    /// <summary>True when the work tree holds changes to the file that are not committed yet.</summary>
    public bool HasUncommittedChanges(string path) => uncommitted.Contains(path);

    /// <summary>The file's committed versions, newest first (the text as it was in each commit that changed it).</summary>
    public IEnumerable<string> Versions(string path)
    {
        var commits = Lines(Git("log", "--format=%H", "--no-renames", "--", path) ?? "");
        foreach (var commit in commits)
        {
            if (Blob($"{commit}:{prefix}{path}") is { } text)
            {
                yield return text;
            }
        }
    }

    public void Dispose()
    {
        if (catFile is { } process)
        {
            process.StandardInput.Close();
            process.WaitForExit();
            process.Dispose();
        }
    }

    private Dictionary<string, DateTimeOffset> ReadLastCommits()
    {
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        DateTimeOffset? current = null;
        foreach (var line in Lines(Git("log", "--format=\u0001%cI", "--name-only", "--relative", "--no-renames", "--", ".") ?? ""))
        {
            if (line.StartsWith('\u0001'))
            {
                current = DateTimeOffset.Parse(line[1..], CultureInfo.InvariantCulture);
            }
            else if (current is { } date)
            {
                dates.TryAdd(line, date);
            }
        }

        return dates;
    }

    // One long-lived `git cat-file --batch` answers every blob request: a process per version would dominate the run.
    private string? Blob(string spec)
    {
        if (catFile is null)
        {
            catFile = Start(folder, "cat-file", "--batch");
            catFile.ErrorDataReceived += (_, _) => { }; // drained so a chatty git never blocks on a full pipe
            catFile.BeginErrorReadLine();
        }

        catFile.StandardInput.Write(spec + "\n");
        catFile.StandardInput.Flush();
        var output = catFile.StandardOutput.BaseStream;
        var header = ReadLine(output);
        var parts = header.Split(' ');
        if (parts.Length != 3 || parts[1] != "blob" || !int.TryParse(parts[2], out var size))
        {
            return null;
        }

        var bytes = new byte[size + 1];
        output.ReadExactly(bytes);
        return Encoding.UTF8.GetString(bytes, 0, size);
    }

    private static string ReadLine(Stream stream)
    {
        var bytes = new List<byte>();
        for (var b = stream.ReadByte(); b is not -1 and not '\n'; b = stream.ReadByte())
        {
            bytes.Add((byte)b);
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private string? Git(params string[] args) => Run(folder, args);

    private static string? Run(string folder, params string[] args)
    {
        try
        {
            using var process = Start(folder, args);
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Result : null;
        }
        catch (Win32Exception)
        {
            return null; // git is not installed
        }
    }

    private static Process Start(string folder, params string[] args)
    {
        var info = new ProcessStartInfo("git")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        // Paths come back as written (no octal quoting of non-ASCII names); no pager, no prompts.
        foreach (var arg in (string[])["-c", "core.quotePath=false", "-C", folder, .. args])
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        info.Environment["GIT_PAGER"] = "cat";
        return Process.Start(info) ?? throw new Win32Exception("git did not start");
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
