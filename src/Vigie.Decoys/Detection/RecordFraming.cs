namespace Vigie.Decoys.Detection;

/// <summary>How the records of a log file are delimited.</summary>
internal enum RecordFraming
{
    /// <summary>One record per line (syslog, JSON lines).</summary>
    Lines,

    /// <summary>Complete JSON values, one per line or pretty-printed over many (an API page saved to a file).</summary>
    Json,

    /// <summary>RFC 4180 rows: a quoted cell may hold line breaks (the Log Analytics export's nested JSON).</summary>
    Csv,
}
