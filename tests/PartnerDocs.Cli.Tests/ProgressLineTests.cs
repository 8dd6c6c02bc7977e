using PartnerDocs.Cli;
using PartnerDocs.Progress;

namespace PartnerDocs.Tests.Cli;

public class ProgressLineTests
{
    [Fact]
    public void Outside_a_terminal_a_plain_line_comes_at_most_every_two_seconds()
    {
        var clock = new ManualClock();
        var output = new StringWriter();
        using var progress = new ProgressLine(output, live: false, clock);

        progress.Report(new BuildProgress("rendering pages", 1, 30003));
        clock.Advance(TimeSpan.FromSeconds(2.1));
        progress.Report(new BuildProgress("rendering pages", 12000, 30003));
        clock.Advance(TimeSpan.FromSeconds(1));
        progress.Report(new BuildProgress("rendering pages", 18000, 30003));

        Assert.Equal([$"rendering pages: {12000:N0}/{30003:N0} ({2.1:0.0} s)"], output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void On_a_terminal_each_stage_and_the_last_page_redraw_one_line_that_disposing_erases()
    {
        var output = new StringWriter();
        var progress = new ProgressLine(output, live: true, new ManualClock());

        progress.Report(new BuildProgress("loading the docset", 0, 0));
        progress.Report(new BuildProgress("rendering pages", 1, 2));
        progress.Report(new BuildProgress("rendering pages", 2, 2));
        progress.Dispose();

        Assert.Equal("\r\u001b[2Kloading the docset...\r\u001b[2Krendering pages: 1/2\r\u001b[2Krendering pages: 2/2\r\u001b[2K", output.ToString());
    }

    [Fact]
    public void Commands_run_with_other_writers_than_the_console_show_no_progress()
    {
        var output = new StringWriter();
        using var progress = ProgressLine.For(output);

        progress.Report(new BuildProgress("rendering pages", 1, 1));

        Assert.Empty(output.ToString());
    }

    private sealed class ManualClock : TimeProvider
    {
        private long ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => ticks;

        public void Advance(TimeSpan by) => ticks += by.Ticks;
    }
}
