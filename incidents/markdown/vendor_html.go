package markdown

import (
	"bytes"
	"strings"
	"sync"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"github.com/nexusflow/rootcause/incidents"
	"golang.org/x/net/html"
)

// htmlConverter is built once; a converter is safe for concurrent use.
var htmlConverter = sync.OnceValue(func() *converter.Converter {
	return converter.NewConverter(converter.WithPlugins(base.NewBasePlugin(), commonmark.NewCommonmarkPlugin(), table.NewTablePlugin()))
})

// ParseHTML reads a postmortem saved as an HTML page, such as a Confluence
// page export: the page's chrome (breadcrumbs, page metadata, navigation,
// footers) is dropped, the page title becomes the "#" title, and the
// content is converted to Markdown (html-to-markdown) and read as
// ParseMarkdown reads it. Problems name lines of that Markdown, not of the
// HTML, so they are given without a line.
func ParseHTML(name string, data []byte, opts *incidents.Options) ([]incidents.Incident, []incidents.Problem) {
	if p, ok := incidents.CheckEncoding(name, data); !ok {
		return nil, []incidents.Problem{p}
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, []incidents.Problem{{Pos: incidents.Pos{File: name}, Msg: "not readable HTML: " + err.Error()}}
	}
	title := pageTitle(doc)
	content := findNode(doc, func(n *html.Node) bool { return attr(n, "id") == "main-content" })
	if content == nil {
		content = findNode(doc, func(n *html.Node) bool { return n.Data == "body" })
	}
	if content == nil {
		content = doc
	}
	dropChrome(content)
	md, err := htmlConverter().ConvertNode(content)
	if err != nil {
		return nil, []incidents.Problem{{Pos: incidents.Pos{File: name}, Msg: "cannot convert the HTML to Markdown: " + err.Error()}}
	}
	if title != "" && !bytes.HasPrefix(bytes.TrimSpace(md), []byte("# ")) {
		md = append([]byte("# "+title+"\n\n"), md...)
	}
	incs, probs := ParseMarkdownWith(name, md, opts)
	for i := range probs {
		probs[i].Pos.Line = 0
	}
	for i := range incs {
		incs[i].Pos.Line = 0
	}
	return incs, probs
}

// pageTitle is the page's title: Confluence's title heading, else <title>,
// without the "Space : " prefix Confluence puts before it.
func pageTitle(doc *html.Node) string {
	n := findNode(doc, func(n *html.Node) bool { return attr(n, "id") == "title-text" })
	if n == nil {
		n = findNode(doc, func(n *html.Node) bool { return n.Data == "title" })
	}
	if n == nil {
		return ""
	}
	t := oneLine(htmlText(n))
	if _, rest, ok := strings.Cut(t, " : "); ok {
		t = rest
	}
	return t
}

// dropChrome removes page furniture that is not the postmortem.
func dropChrome(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && isChrome(c) {
			n.RemoveChild(c)
		} else {
			dropChrome(c)
		}
		c = next
	}
}

func isChrome(n *html.Node) bool {
	switch n.Data {
	case "nav", "header", "footer", "script", "style", "noscript", "img":
		return true
	}
	id, class := attr(n, "id"), attr(n, "class")
	for _, s := range []string{"breadcrumb", "page-metadata", "footer", "navigation", "comments", "likes"} {
		if strings.Contains(id, s) || strings.Contains(class, s) {
			return true
		}
	}
	return id == "title-heading"
}

func findNode(n *html.Node, match func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && match(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findNode(c, match); f != nil {
			return f
		}
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func htmlText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
