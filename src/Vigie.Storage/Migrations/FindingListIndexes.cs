namespace Vigie.Storage.Migrations;

/// <summary>
/// Indexes that answer the findings list from the index alone, so that neither its total nor its page reads the
/// table's rows (bench/README.md, "findings": 100,000 findings counted row by row took 100–400 ms a page).
/// <list type="bullet">
/// <item>findings_list_by_organisation holds every filter column after the organisation, state first (the list
/// filters on a few states, then a score range): the count and the page's ids of any organisation's filtered list,
/// and, scanned whole, of a list across organisations.</item>
/// <item>findings_by_name_unicode replaces findings_by_name: a search reads both spellings of the name.</item>
/// <item>findings_by_first_seen_last_seen serves a first-seen range sorted by last seen.</item>
/// </list>
/// Each ends in id, the tie-break of every sort and what the page's outer query looks rows up by.
/// </summary>
internal static class FindingListIndexes
{
    public const string Sql = """
        CREATE INDEX findings_list_by_organisation ON findings (organisation_id, state, score, source_kinds, first_seen, last_seen, live, id);
        DROP INDEX findings_by_name;
        CREATE INDEX findings_by_name_unicode ON findings (name, unicode, id);
        CREATE INDEX findings_by_first_seen_last_seen ON findings (first_seen, last_seen, id);
        """;
}
