using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;

namespace Vigie.Exports;

/// <summary>A checked <see cref="ExportFilter"/>: the store query, the organisation asked for (if one) and every organisation by id.</summary>
internal sealed record ExportSelection(FindingQuery Query, Organisation? Organisation, IReadOnlyDictionary<long, Organisation> Organisations);
