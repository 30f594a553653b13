using System;
using System.Collections.Generic;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Json;

namespace VnChildProtection.Domain.Plans.Json;

/// <summary>
/// Finishes a document read by the generated contract: absent lists become empty, an absent header the empty header, an
/// absent section level 1 (the model's defaults, which System.Text.Json cannot apply to init-only records); an explicit
/// null where the model has no null is the first error found.
/// </summary>
internal sealed class PlanJsonCompletion(JsonDocumentFacts facts)
{
    /// <summary>The properties whose presence the completion needs: <c>level</c>, which defaults to 1 only when absent.</summary>
    internal static readonly string[] WatchedProperties = ["level"];

    internal string? ErrorPath { get; private set; }

    internal string? ErrorMessage { get; private set; }

    internal PlanDocument Complete(PlanDocument? document)
    {
        if (document is null)
        {
            Fail("$", "The document is null; expected a plan object.");
            return new PlanDocument();
        }
        return document with
        {
            Header = document.Header ?? Absent("$.header", new PlanHeader()),
            LegalBases = List(document.LegalBases, "$.legalBases", Citation),
            References = List(document.References, "$.references", Citation),
            Sections = List(document.Sections, "$.sections", Section),
            Objectives = List(document.Objectives, "$.objectives", (o, p) => o with { Title = Text(o.Title, p, "title") }),
            Indicators = List(document.Indicators, "$.indicators", Indicator),
            Tasks = List(document.Tasks, "$.tasks", (t, p) => t with { Number = Text(t.Number, p, "number"), Title = Text(t.Title, p, "title") }),
            Responsibilities = List(document.Responsibilities, "$.responsibilities", Responsibility),
            Budget = List(document.Budget, "$.budget", (b, p) => b with { Text = Text(b.Text, p, "text") }),
            Reporting = List(document.Reporting, "$.reporting", (r, p) => r with { Text = Text(r.Text, p, "text") }),
            Units = List(document.Units, "$.units", (u, p) => u with { Name = Text(u.Name, p, "name") }),
        };
    }

    private PlanCitation Citation(PlanCitation citation, string path) => citation with { Text = Text(citation.Text, path, "text") };

    private PlanSection Section(PlanSection section, string path) => section with
    {
        Number = Text(section.Number, path, "number"),
        Title = Text(section.Title, path, "title"),
        Level = section.Level == 0 && !facts.Watched.Contains(path + ".level") ? 1 : section.Level,
    };

    private PlanIndicator Indicator(PlanIndicator indicator, string path) => indicator with
    {
        Text = Text(indicator.Text, path, "text"),
        Targets = List(indicator.Targets, path + ".targets", (t, p) => t with { Text = Text(t.Text, p, "text") }),
    };

    private AgencyResponsibility Responsibility(AgencyResponsibility responsibility, string path) => responsibility with
    {
        Agency = Text(responsibility.Agency, path, "agency"),
        Role = responsibility.Role ?? Required(path + ".role", Agencies.ResponsibilityRole.Lead),
        Indicators = List(responsibility.Indicators, path + ".indicators", static (i, _) => i),
    };

    private ValueList<T> List<T>(ValueList<T>? list, string path, Func<T, string, T> complete)
    {
        if (list is null)
        {
            return Absent(path, ValueList<T>.Empty);
        }
        var items = new List<T>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var itemPath = path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            if (list[i] is null)
            {
                Fail(itemPath, "A list item cannot be null.");
                continue;
            }
            items.Add(complete(list[i], itemPath));
        }
        return new ValueList<T>(items);
    }

    private string Text(string? value, string objectPath, string property) =>
        value ?? Required(objectPath + JsonPathText.Property(property), string.Empty);

    // Only an explicit null reaches here: the contract rejects an absent required property itself.
    private T Required<T>(string path, T placeholder)
    {
        Fail(path, "This property needs a value, not null.");
        return placeholder;
    }

    private T Absent<T>(string path, T fallback)
    {
        if (facts.Nulls.Contains(path))
        {
            Fail(path, "This property cannot be null; leave it out to get its default (an empty list, an empty header).");
        }
        return fallback;
    }

    private void Fail(string path, string message)
    {
        if (ErrorPath is null)
        {
            ErrorPath = path;
            ErrorMessage = message;
        }
    }
}
