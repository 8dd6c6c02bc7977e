namespace PartnerDocs.Markdown;

public enum LinkKind
{
    /// <summary>A Markdown link [text](url) or an autolink.</summary>
    Link,
    /// <summary>An image: ![alt](src) or :::image source=:::.</summary>
    Image,
    /// <summary>href= or src= inside raw HTML.</summary>
    HtmlLink,
}
