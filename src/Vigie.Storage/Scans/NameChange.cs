namespace Vigie.Storage.Scans;

/// <summary>How a name moved since the previous run (DESIGN.md: NEW, ACTIVATED, CHANGED, GONE).</summary>
internal enum NameChange
{
    /// <summary>Registered for the first time in this database's memory.</summary>
    New,

    /// <summary>Gained an address or a mail exchanger (it can now serve a page or receive mail), or came back after GONE.</summary>
    Activated,

    /// <summary>Still registered, with different records.</summary>
    Changed,

    /// <summary>Was registered; now NXDOMAIN (or only a wildcard's synthetic answers). Never from a timeout.</summary>
    Gone,
}
