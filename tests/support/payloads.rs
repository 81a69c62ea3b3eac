//! The hostile values of the security tests (`tests/adversarial.rs`), and the documents that
//! carry them into each reader: what no output may turn into a script, a data URL or a
//! password passed on (the HTML page's browser test, `tests/html_browser.rs`, loads them too).

use newswire::Format;

/// Script, data and local-file URLs however disguised (issue #15, F1): behind U+FFFF or U+FFFE
/// (which the XML writers drop), a byte-order mark, a control character, tabs and case.
pub const DISGUISED: [&str; 10] = [
    "javascript:alert(document.domain)",
    "java\u{ffff}script:alert(document.domain)",
    "java\u{fffe}script:alert(1)",
    "\u{feff}javascript:alert(1)",
    "java\u{1}script:alert(1)",
    "JaVa\tScRiPt:alert(1)",
    "java\u{200b}script:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
];

/// A URL carrying a user name and password.
pub const WITH_CREDENTIALS: &str = "https://user:pass@x.example/p";

/// Text that would end a script element, a CDATA section or a comment, or open markup, if a
/// writer did not escape it.
pub const HOSTILE_TEXT: &str =
    "</script><script>alert(1)</script> ]]> <!-- x --> <![CDATA[ & \"q\" 'a'";

/// Escapes `value` for an XML attribute or text.
pub fn xml_escaped(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A document of each format that reads its links, ids and terms from `value` everywhere it can.
pub fn documents_linking_to(value: &str) -> Vec<(Format, Vec<u8>)> {
    let x = xml_escaped(value);
    let escaped_html = xml_escaped(&format!("<p><a href=\"{x}\">x</a></p>"));
    let xml = [
        (
            Format::Rss,
            format!(
                "<rss version='2.0'><channel><title>c</title><item><title>T</title><link>{x}</link><guid isPermaLink='false'>{x}</guid><category domain=\"{x}\">{x}</category><enclosure url=\"{x}\" type='image/jpeg' length='1'/><author>{x}</author><description>{escaped_html}</description></item></channel></rss>"
            ),
        ),
        (
            Format::Atom,
            format!(
                "<entry xmlns='http://www.w3.org/2005/Atom'><id>{x}</id><title>T</title><updated>2024-01-15T14:05:00Z</updated><link href=\"{x}\"/><link rel='enclosure' type='image/jpeg' href=\"{x}\"/><link rel='via' href=\"{x}\"/><link rel=\"{x}\" href='https://ok.example/'/><category term=\"{x}\" scheme=\"{x}\"/><author><name>{x}</name><uri>{x}</uri></author><content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><a href=\"{x}\">x</a></div></content></entry>"
            ),
        ),
        (
            Format::NewsmlG2,
            format!(
                "<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/' guid=\"{x}\" version='1' standard='NewsML-G2' standardversion='2.35'><itemMeta><itemClass qcode='ninat:text'/><provider literal=\"{x}\"/><versionCreated>2024-01-15T14:05:00Z</versionCreated><link rel='irel:seeAlso' href=\"{x}\"/></itemMeta><contentMeta><headline>T</headline><subject qcode=\"{x}\"/><subject uri=\"{x}\"/><creator uri=\"{x}\"><name>{x}</name></creator><keyword>{x}</keyword></contentMeta><contentSet><inlineXML contenttype='application/xhtml+xml'><html xmlns='http://www.w3.org/1999/xhtml'><head><title>T</title></head><body><p><a href=\"{x}\">x</a></p></body></html></inlineXML></contentSet></newsItem>"
            ),
        ),
        (
            Format::Nitf,
            format!(
                "<nitf><head><docdata><doc-id id-string=\"{x}\"/><key-list><keyword key=\"{x}\"/></key-list></docdata></head><body><body.head><hedline><hl1>T</hl1></hedline><byline><person value=\"{x}\">{x}</person></byline></body.head><body.content><p><a href=\"{x}\">x</a></p><media media-type='image'><media-reference source=\"{x}\" mime-type='image/jpeg'/></media></body.content></body></nitf>"
            ),
        ),
        (
            Format::Newsml12,
            format!(
                "<NewsML><NewsItem><Identification><NewsIdentifier><PublicIdentifier>{x}</PublicIdentifier></NewsIdentifier></Identification><NewsComponent><NewsLines><HeadLine>T</HeadLine></NewsLines><NewsComponent><ContentItem Href=\"{x}\"><MediaType FormalName='Photo'/></ContentItem></NewsComponent></NewsComponent></NewsItem></NewsML>"
            ),
        ),
    ];
    let json = [
        (
            Format::Ninjs,
            serde_json::json!({
                "uri": value, "headline": "T", "type": "text",
                "body_html": format!("<p><a href=\"{value}\">x</a></p>"),
                "renditions": {"main": {"href": value, "mimetype": "image/jpeg"}},
                "associations": {"featuremedia": {"uri": value, "type": "picture"}},
                "subject": [{"name": "s", "code": value, "scheme": value}],
                "infosources": [{"name": "n", "uri": value}],
                "person": [{"name": value, "uri": value}],
            }),
        ),
        (
            Format::ApMedia,
            serde_json::json!({
                "api_version": "2.0",
                "data": {"item": {
                    "uri": value, "headline": "T", "type": "picture",
                    "renditions": {"main": {"href": value, "mimetype": "image/jpeg"}},
                    "associations": {"1": {"uri": value, "type": "picture"}},
                    "subject": [{"name": "s", "code": value, "scheme": value, "parentids": [value]}],
                    "photographer": {"name": value, "code": value},
                    "bylines": [{"by": "By Ann Lee", "code": value}],
                }},
            }),
        ),
        (
            Format::JsonLd,
            serde_json::json!({
                "@context": "https://schema.org", "@type": "NewsArticle", "@id": value,
                "headline": "T", "url": value, "image": value,
                "author": {"@type": "Person", "name": value, "url": value},
                "keywords": [value], "about": [{"@id": value, "name": "a"}],
            }),
        ),
    ];
    xml.into_iter()
        .map(|(format, doc)| (format, doc.into_bytes()))
        .chain(
            json.into_iter()
                .map(|(format, doc)| (format, doc.to_string().into_bytes())),
        )
        .collect()
}

/// Markup that runs script if a browser renders it as it came: elements that run or embed,
/// event handlers, script URLs in links, frames, forms and pictures, a `<base>`, a refresh,
/// styles, mutation-XSS shapes (markup inside `math`/`svg` and `noscript` that a second parse
/// reads otherwise), and escaped markup that must stay text.
pub const HOSTILE_MARKUP: &str = r#"<p>Lead <img src="x" onerror="alert(1)"><a href="javascript:alert(2)" onclick="alert(3)">link</a> <a href="  JaVaScRiPt:alert(19)">spaced</a></p><script>alert(4)</script><svg onload="alert(5)"><circle/></svg><iframe src="javascript:alert(6)" srcdoc="<script>alert(7)</script>"></iframe><object data="data:text/html,<script>alert(8)</script>"></object><embed src="javascript:alert(9)"><form action="javascript:alert(10)"><button formaction="javascript:alert(20)">go</button></form><base href="javascript:alert(11)//"><meta http-equiv="refresh" content="0;url=javascript:alert(12)"><style>body{background:url(javascript:alert(13))}</style><p style="background:url(javascript:alert(14))" onmouseover="alert(15)">Hover</p><math><mtext><table><mglyph><style><img src=x onerror=alert(16)></style></mglyph></table></mtext></math><noscript><p title="</noscript><img src=x onerror=alert(17)>"></noscript><p>Tail &lt;script&gt;alert(18)&lt;/script&gt; <img src="https://x.example/p.jpg" alt="&quot; onerror=&quot;alert(21)"></p><details open ontoggle="alert(22)"><summary>s</summary></details><video><source onerror="alert(23)"></video><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgyNCk8L3NjcmlwdD4=">b64</a>"#;

/// A document of each format that reads a body of HTML from `markup` (a ninjs `body_html`, an
/// Atom `content type="html"`, an RSS `description` and `content:encoded`, a NewsML-G2
/// `inlineXML`), its headline and summary carrying the markup as text.
pub fn documents_with_markup(markup: &str) -> Vec<(Format, Vec<u8>)> {
    let escaped = xml_escaped(markup);
    let cdata = markup.replace("]]>", "]]]]><![CDATA[>");
    vec![
        (
            Format::Ninjs,
            serde_json::json!({
                "uri": "urn:x:hostile", "type": "text", "headline": markup,
                "body_html": markup, "description_text": markup,
            })
            .to_string()
            .into_bytes(),
        ),
        (
            Format::Atom,
            format!(
                "<entry xmlns='http://www.w3.org/2005/Atom'><id>urn:x:hostile</id><title type='html'>{escaped}</title><updated>2024-01-15T14:05:00Z</updated><summary type='html'>{escaped}</summary><content type='html'>{escaped}</content></entry>"
            )
            .into_bytes(),
        ),
        (
            Format::Rss,
            format!(
                "<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel><title>c</title><item><title>{escaped}</title><description>{escaped}</description><content:encoded><![CDATA[{cdata}]]></content:encoded></item></channel></rss>"
            )
            .into_bytes(),
        ),
        (
            Format::JsonLd,
            serde_json::json!({
                "@context": "https://schema.org", "@type": "NewsArticle",
                "headline": markup, "articleBody": markup, "description": markup,
            })
            .to_string()
            .into_bytes(),
        ),
    ]
}
