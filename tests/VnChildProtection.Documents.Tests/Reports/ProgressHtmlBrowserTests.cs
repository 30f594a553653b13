using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using VnChildProtection.Documents.Reports;
using VnChildProtection.Domain.Progress;

namespace VnChildProtection.Documents.Tests.Reports;

/// <summary>
/// Opens the HTML report in Debian's chromium, headless: the page must render without console messages (it has no
/// script, so any message is a fault: a blocked fetch, a parse error), every chart must carry one point per observed
/// value, and at 360 px the page must not scroll sideways. Without the browser the tests fail and say how to get it.
/// </summary>
public sealed class ProgressHtmlBrowserTests
{
    private static string Browser()
    {
        foreach (var candidate in new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" })
        {
            if (candidate is not null && File.Exists(candidate))
            {
                return candidate;
            }
        }
        Assert.Fail("The browser test needs Debian's chromium (apt-get install -y chromium; .ci/run installs it) or CHROMIUM=/path/to/chromium.");
        return string.Empty;
    }

    private static (string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Browser()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--enable-logging=stderr", "--v=0" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "chromium did not finish in two minutes.");
        return (output.Result, error.Result);
    }

    private static string Save(string html)
    {
        var path = Path.Combine(Path.GetTempPath(), "vncp-progress-" + Guid.NewGuid().ToString("N") + ".html");
        File.WriteAllText(path, html);
        return path;
    }

    [Theory]
    [InlineData(ReportLanguage.Vietnamese)]
    [InlineData(ReportLanguage.English)]
    public void Page_RendersWithoutConsoleMessages_AndEachChartHasItsPoints(ReportLanguage language)
    {
        var report = SeedProgress.QuangNinh();
        var path = Save(ProgressHtmlWriter.Write(report, language));
        try
        {
            var (dom, log) = Run("--dump-dom", new Uri(path).AbsoluteUri);
            Assert.DoesNotContain(log.Split('\n'), line => line.Contains(":CONSOLE", StringComparison.Ordinal));
            Assert.Contains("</main>", dom, StringComparison.Ordinal);
            var charts = Regex.Matches(dom, "<svg class=\"chart\" id=\"(chart-\\d+)\".*?</svg>", RegexOptions.Singleline);
            Assert.Equal(report.Targets.Count, charts.Count);
            for (var i = 0; i < charts.Count; i++)
            {
                var points = Regex.Count(charts[i].Value, "<circle class=\"observed\"");
                Assert.Equal(report.Targets[i].Series.Count, points);
            }
            Assert.Contains(report.Targets, t => t.Series.Count > 1);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Page_At360Pixels_DoesNotScrollSideways()
    {
        // Headless windows are at least 500 px wide, so the report goes into a 360 px frame; the frame's page (the
        // report has no script) records the report's scroll width where the DOM dump shows it.
        var report = System.Net.WebUtility.HtmlEncode(ProgressHtmlWriter.Write(SeedProgress.AnGiang()));
        var html = "<!DOCTYPE html><html><body><iframe id=\"f\" width=\"360\" height=\"800\" srcdoc=\"" + report + "\"></iframe><script>"
            + "window.addEventListener('load',()=>{const d=document.getElementById('f').contentDocument;"
            + "document.body.setAttribute('data-width',d.documentElement.scrollWidth);document.body.setAttribute('data-inner',d.defaultView.innerWidth);});</script></body></html>";
        var path = Save(html);
        try
        {
            var (dom, _) = Run("--virtual-time-budget=10000", "--dump-dom", new Uri(path).AbsoluteUri);
            Assert.Contains("data-inner=\"360\"", dom, StringComparison.Ordinal);
            var width = int.Parse(Regex.Match(dom, "data-width=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(width <= 360, $"The page is {width} px wide at a 360 px window.");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Screenshot_OfASeedPlan_IsAPng()
    {
        var path = Save(ProgressHtmlWriter.Write(SeedProgress.AnGiang()));
        var png = Path.ChangeExtension(path, ".png");
        try
        {
            Run("--window-size=1000,1400", "--hide-scrollbars", "--screenshot=" + png, new Uri(path).AbsoluteUri);
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 10_000, "The screenshot is nearly empty.");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
        finally
        {
            File.Delete(path);
            File.Delete(png);
        }
    }

    [Fact]
    public void Page_HasTheAccessibleParts()
    {
        var html = ProgressHtmlWriter.Write(SeedProgress.AnGiang());
        Assert.Contains("<h1>", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">", html, StringComparison.Ordinal);
        Assert.Contains("<caption>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.Equal(Regex.Count(html, "<svg "), Regex.Count(html, "<title id=\"chart-"));
        Assert.Equal(ProgressCounts.Order.Count, Regex.Count(html, "<li class=\"s-"));
    }
}
