using Vigie.Storage.Findings;

namespace Vigie.Alerts.Routing;

/// <summary>An event made an alert, with the finding it is about (null for a source) for the router's decisions.</summary>
internal sealed record ComposedAlert(Alert Alert, Finding? Finding);
