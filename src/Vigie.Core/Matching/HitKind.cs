namespace Vigie.Core.Matching;

/// <summary>Where and how an index key was found in a name.</summary>
internal enum HitKind : byte
{
    /// <summary>The registrable label is the key ("metamask" in metamask.com).</summary>
    Label,

    /// <summary>The registrable label is within the typo bound of the key.</summary>
    LabelTypo,

    /// <summary>The registrable label's look-alike skeleton is the key's.</summary>
    LabelSkeleton,

    /// <summary>A hyphen-separated token of the registrable label, or what is left when a service word is cut off, is the key or a typo of it.</summary>
    Part,

    /// <summary>The key occurs inside the registrable label (Aho–Corasick).</summary>
    Inside,

    /// <summary>The key occurs left of the registrable domain: in a subdomain, or spanning into the registrable label.</summary>
    Left,

    /// <summary>The registrable label reads as the key once letters that look alike at a glance are taken as one ('c' and 'e', 'rr' and 'm').</summary>
    LabelGlyphs,

    /// <summary>The labels left of the suffix, run together, are the key or a typo of it ("myethe.rwallet.com").</summary>
    Joined,
}
