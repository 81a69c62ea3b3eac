//! The tree html5ever builds a fragment into: an arena of nodes linked to their parent and
//! siblings, which the tree builder's moves (the adoption agency, foster parenting) rearrange in
//! constant time, and which [`Fragment::root`] hands to the body walk as our element tree.
//!
//! It counts the nodes it makes as it goes: HTML's parsing rules can make many elements of few
//! tags (a paragraph after an unclosed `<b>` opens a new `b`, and with it every formatting element
//! still open: hundreds a paragraph), so the parser stops being fed once the read may spend no
//! more ([`Limits::elements`]).
//!
//! [`Limits::elements`]: crate::limits::Limits::elements

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use std::sync::LazyLock;

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, QualName, local_name, ns};

use crate::limits::{Limit, budget};
use crate::xml::{Element, MAX_DEPTH, Node, Open};

/// What one node the parser makes counts against [`Limits::elements`]: it lives on in the arena
/// beside the element tree and the blocks made from it: several times the memory of an element
/// the walk reads.
///
/// [`Limits::elements`]: crate::limits::Limits::elements
pub(super) const WEIGHT: usize = 6;

/// How much of the fragment is fed at a time: what the parser may make past the limit before it
/// is stopped (a few hundred elements a paragraph at worst).
const CHUNK: usize = 1024;

/// The document node, which the fragment's `html` element is appended to.
const DOCUMENT: usize = 0;

/// A fragment html5ever parsed.
pub(super) struct Fragment {
    nodes: Vec<Slot>,
}

/// One node and its links. Every node has a name, so that [`TreeSink::elem_name`] has one to
/// give whatever handle it is asked about; only elements' names are read.
struct Slot {
    kind: Kind,
    name: QualName,
    parent: Option<usize>,
    first_child: Option<usize>,
    last_child: Option<usize>,
    previous: Option<usize>,
    next: Option<usize>,
}

enum Kind {
    /// The document, or a template's contents.
    Container,
    Element(Vec<Attribute>),
    Text(StrTendril),
    /// A comment or processing instruction: nothing the body keeps.
    Other,
}

/// `html` parsed as a fragment in `body`, as a browser parses `innerHTML`; `None` when the nodes
/// it makes go over what the read may still spend (the budget then says so).
pub(super) fn parse_fragment(html: &str) -> Option<Fragment> {
    let allowed = budget::left(Limit::Elements, usize::MAX) / WEIGHT;
    let context = QualName::new(None, ns!(html), local_name!("body"));
    // The text is decoded already: a U+FEFF in it is text. (html5ever drops one at the start of
    // every chunk fed while this is on.)
    let mut options = html5ever::ParseOpts::default();
    options.tokenizer.discard_bom = false;
    let mut parser =
        html5ever::driver::parse_fragment(Sink::default(), options, context, Vec::new(), false);
    let mut rest = html;
    while !rest.is_empty() {
        let mut end = CHUNK.min(rest.len());
        while !rest.is_char_boundary(end) {
            end += 1;
        }
        let (chunk, after) = rest.split_at(end);
        parser.process(StrTendril::from_slice(chunk));
        let made = parser.tokenizer.sink.sink.made.get();
        if made > allowed {
            budget::spend(Limit::Elements, made.saturating_mul(WEIGHT));
            return None;
        }
        rest = after;
    }
    let made = parser.tokenizer.sink.sink.made.get();
    budget::spend(Limit::Elements, made.saturating_mul(WEIGHT));
    Some(parser.finish())
}

impl Fragment {
    /// The element the fragment's content is in (html5ever's `html` element), as our tree,
    /// borrowing names, attributes and text; `None` when there is none.
    pub(super) fn root(&self) -> Option<Element<'_>> {
        let html = self.children(DOCUMENT).find(|&id| self.is_element(id))?;
        Some(self.element(html, 0))
    }

    fn children(&self, id: usize) -> impl Iterator<Item = usize> + '_ {
        let first = self.nodes.get(id).and_then(|slot| slot.first_child);
        std::iter::successors(first, |&child| self.nodes.get(child).and_then(|s| s.next))
    }

    fn is_element(&self, id: usize) -> bool {
        self.nodes
            .get(id)
            .is_some_and(|slot| matches!(slot.kind, Kind::Element(_)))
    }

    /// Element `id` with the attributes the body walk reads; below [`MAX_DEPTH`] only the text
    /// is kept. A template's contents are not its children, and are not read.
    fn element(&self, id: usize, depth: usize) -> Element<'_> {
        let Some(slot) = self.nodes.get(id) else {
            return Element::new("", Vec::new());
        };
        let attributes = match &slot.kind {
            Kind::Element(attributes) => super::READ_ATTRIBUTES
                .into_iter()
                .filter_map(|name| {
                    let value = attributes
                        .iter()
                        .find(|a| a.name.ns == ns!() && &*a.name.local == name)?;
                    Some((name, Cow::Borrowed(&*value.value)))
                })
                .collect(),
            _ => Vec::new(),
        };
        let mut out = Open::new(Element::new(&slot.name.local, attributes));
        if depth >= MAX_DEPTH {
            let mut text = String::new();
            self.text_into(id, &mut text);
            out.push(Node::Text(Cow::Owned(text)));
            return out.close();
        }
        for child in self.children(id) {
            match self.nodes.get(child).map(|slot| &slot.kind) {
                Some(Kind::Text(text)) => out.push(Node::Text(Cow::Borrowed(text))),
                Some(Kind::Element(_)) => out.push(Node::Element(self.element(child, depth + 1))),
                _ => {}
            }
        }
        out.close()
    }

    /// The text of every element and text node below `id`, in document order.
    fn text_into(&self, id: usize, out: &mut String) {
        let mut stack: Vec<usize> = self.children(id).collect();
        stack.reverse();
        while let Some(node) = stack.pop() {
            match self.nodes.get(node).map(|slot| &slot.kind) {
                Some(Kind::Text(text)) => out.push_str(text),
                Some(Kind::Element(_)) => {
                    let start = stack.len();
                    stack.extend(self.children(node));
                    if let Some(children) = stack.get_mut(start..) {
                        children.reverse();
                    }
                }
                _ => {}
            }
        }
    }
}

/// The tree builder's side: nodes are made and moved through a shared reference, so the arena
/// sits in a cell.
struct Sink {
    nodes: RefCell<Vec<Slot>>,
    /// Elements, comments and processing instructions made so far: what the limit counts.
    made: Cell<usize>,
}

impl Default for Sink {
    fn default() -> Sink {
        let sink = Sink {
            nodes: RefCell::new(Vec::new()),
            made: Cell::new(0),
        };
        sink.make(Kind::Container, unnamed());
        sink
    }
}

/// The name of nodes that are not elements.
static NO_NAME: LazyLock<QualName> = LazyLock::new(unnamed);

fn unnamed() -> QualName {
    QualName::new(None, ns!(), local_name!(""))
}

impl Sink {
    /// Makes a node the limit counts.
    fn make_counted(&self, kind: Kind, name: QualName) -> usize {
        self.made.set(self.made.get().saturating_add(1));
        self.make(kind, name)
    }

    fn make(&self, kind: Kind, name: QualName) -> usize {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Slot {
            kind,
            name,
            parent: None,
            first_child: None,
            last_child: None,
            previous: None,
            next: None,
        });
        nodes.len() - 1
    }

    /// Takes `id` out of its parent's children, if it has a parent.
    fn detach(nodes: &mut [Slot], id: usize) {
        let Some(slot) = nodes.get_mut(id) else {
            return;
        };
        let (parent, previous, next) = (slot.parent.take(), slot.previous.take(), slot.next.take());
        match previous.and_then(|p| nodes.get_mut(p)) {
            Some(previous) => previous.next = next,
            None => {
                if let Some(parent) = parent.and_then(|p| nodes.get_mut(p)) {
                    parent.first_child = next;
                }
            }
        }
        match next.and_then(|n| nodes.get_mut(n)) {
            Some(next) => next.previous = previous,
            None => {
                if let Some(parent) = parent.and_then(|p| nodes.get_mut(p)) {
                    parent.last_child = previous;
                }
            }
        }
    }

    /// Makes `id` (detached) the last child of `parent`.
    fn append_id(nodes: &mut [Slot], parent: usize, id: usize) {
        let last = nodes.get(parent).and_then(|slot| slot.last_child);
        if let Some(slot) = nodes.get_mut(id) {
            slot.parent = Some(parent);
            slot.previous = last;
            slot.next = None;
        }
        match last.and_then(|l| nodes.get_mut(l)) {
            Some(last) => last.next = Some(id),
            None => {
                if let Some(slot) = nodes.get_mut(parent) {
                    slot.first_child = Some(id);
                }
            }
        }
        if let Some(slot) = nodes.get_mut(parent) {
            slot.last_child = Some(id);
        }
    }

    /// Puts `id` (detached) just before `sibling`, which has a parent.
    fn insert_before(nodes: &mut [Slot], sibling: usize, id: usize) {
        let Some((parent, previous)) = nodes
            .get(sibling)
            .and_then(|slot| Some((slot.parent?, slot.previous)))
        else {
            return;
        };
        if let Some(slot) = nodes.get_mut(id) {
            slot.parent = Some(parent);
            slot.previous = previous;
            slot.next = Some(sibling);
        }
        if let Some(slot) = nodes.get_mut(sibling) {
            slot.previous = Some(id);
        }
        match previous.and_then(|p| nodes.get_mut(p)) {
            Some(previous) => previous.next = Some(id),
            None => {
                if let Some(slot) = nodes.get_mut(parent) {
                    slot.first_child = Some(id);
                }
            }
        }
    }

    /// Adds `text` to text node `id`, when it is one; false otherwise.
    fn extend_text(nodes: &mut [Slot], id: Option<usize>, text: &StrTendril) -> bool {
        match id
            .and_then(|id| nodes.get_mut(id))
            .map(|slot| &mut slot.kind)
        {
            Some(Kind::Text(existing)) => {
                existing.push_tendril(text);
                true
            }
            _ => false,
        }
    }
}

impl TreeSink for Sink {
    type Handle = usize;
    type Output = Fragment;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Fragment {
        Fragment {
            nodes: self.nodes.into_inner(),
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> usize {
        DOCUMENT
    }

    fn elem_name<'a>(&'a self, target: &'a usize) -> Ref<'a, QualName> {
        // Only handles the sink gave out are asked about; a name is needed all the same.
        Ref::map(self.nodes.borrow(), |nodes| {
            nodes.get(*target).map_or(&*NO_NAME, |slot| &slot.name)
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> usize {
        let template = name.expanded() == html5ever::expanded_name!(html "template");
        let id = self.make_counted(Kind::Element(attrs), name);
        if template {
            // The template's contents: a child no walk reads (see `get_template_contents`).
            let contents = self.make(Kind::Container, unnamed());
            Sink::append_id(&mut self.nodes.borrow_mut(), id, contents);
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> usize {
        self.make_counted(Kind::Other, unnamed())
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> usize {
        self.make_counted(Kind::Other, unnamed())
    }

    fn append(&self, parent: &usize, child: NodeOrText<usize>) {
        match child {
            NodeOrText::AppendNode(id) => {
                let mut nodes = self.nodes.borrow_mut();
                Sink::detach(&mut nodes, id);
                Sink::append_id(&mut nodes, *parent, id);
            }
            NodeOrText::AppendText(text) => {
                let last = self.nodes.borrow().get(*parent).and_then(|s| s.last_child);
                if !Sink::extend_text(&mut self.nodes.borrow_mut(), last, &text) {
                    let id = self.make(Kind::Text(text), unnamed());
                    Sink::append_id(&mut self.nodes.borrow_mut(), *parent, id);
                }
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &usize,
        prev_element: &usize,
        child: NodeOrText<usize>,
    ) {
        let has_parent = self
            .nodes
            .borrow()
            .get(*element)
            .is_some_and(|slot| slot.parent.is_some());
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &usize) -> usize {
        self.nodes
            .borrow()
            .get(*target)
            .and_then(|slot| slot.first_child)
            .unwrap_or(*target)
    }

    fn same_node(&self, x: &usize, y: &usize) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &usize, new_node: NodeOrText<usize>) {
        let (has_parent, previous) = match self.nodes.borrow().get(*sibling) {
            Some(slot) => (slot.parent.is_some(), slot.previous),
            None => (false, None),
        };
        match new_node {
            NodeOrText::AppendNode(id) => {
                let mut nodes = self.nodes.borrow_mut();
                Sink::detach(&mut nodes, id);
                if has_parent {
                    Sink::insert_before(&mut nodes, *sibling, id);
                }
            }
            NodeOrText::AppendText(text) if has_parent => {
                if !Sink::extend_text(&mut self.nodes.borrow_mut(), previous, &text) {
                    let id = self.make(Kind::Text(text), unnamed());
                    Sink::insert_before(&mut self.nodes.borrow_mut(), *sibling, id);
                }
            }
            NodeOrText::AppendText(_) => {}
        }
    }

    fn add_attrs_if_missing(&self, target: &usize, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(Kind::Element(existing)) = nodes.get_mut(*target).map(|slot| &mut slot.kind) {
            for attr in attrs {
                if !existing.iter().any(|a| a.name == attr.name) {
                    existing.push(attr);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &usize) {
        Sink::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &usize, new_parent: &usize) {
        let mut nodes = self.nodes.borrow_mut();
        while let Some(child) = nodes.get(*node).and_then(|slot| slot.first_child) {
            Sink::detach(&mut nodes, child);
            Sink::append_id(&mut nodes, *new_parent, child);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::parsed_body;
    use super::*;
    use crate::limits::Limits;
    use crate::model::{Block, Inline, TableCell};

    #[test]
    fn text_in_a_table_is_moved_in_front_of_it_as_browsers_do() {
        let blocks = parsed_body("<table><tr><td>a</td></tr>x<b>y</b></table>z");
        let [first, Block::Table { rows, .. }, last] = blocks.as_slice() else {
            panic!("{blocks:?}");
        };
        assert_eq!(
            *first,
            Block::Paragraph {
                content: vec![Inline::text("x"), Inline::Strong(vec![Inline::text("y")])]
            }
        );
        let cells: Vec<&TableCell> = rows.iter().flat_map(|row| &row.cells).collect();
        assert_eq!(cells.len(), 1, "a");
        assert_eq!(*last, Block::paragraph("z"));
    }

    /// html5ever drops a U+FEFF at the start of each chunk fed to it: one that falls there
    /// (found writing RSS) stays in the text.
    #[test]
    fn a_zero_width_no_break_space_at_a_chunk_boundary_stays() {
        // `<p>` and the letters before the U+FEFF fill the first chunk.
        let before = "a".repeat(CHUNK - 4);
        let blocks = parsed_body(&format!("<p>{before}x\u{feff}y</p>"));
        let text = Block::text_of(&blocks);
        assert!(text.ends_with("x\u{feff}y"), "{text:?}");
    }

    #[test]
    fn misnested_formatting_is_split_as_browsers_split_it() {
        assert_eq!(
            parsed_body("<b>1<p>2</b>3</p>"),
            [
                Block::Paragraph {
                    content: vec![Inline::Strong(vec![Inline::text("1")])]
                },
                Block::Paragraph {
                    content: vec![Inline::Strong(vec![Inline::text("2")]), Inline::text("3")]
                }
            ]
        );
    }

    #[test]
    fn template_contents_comments_and_instructions_are_not_read() {
        assert_eq!(
            parsed_body("<template><p>hidden</p></template><p>shown<!-- c --><?pi x?> too</p>"),
            [Block::paragraph("shown too")]
        );
    }

    #[test]
    fn elements_comments_and_instructions_count_against_the_limit() {
        let limits = Limits {
            elements: 4 * WEIGHT,
            ..Limits::default()
        };
        let (fits, over) = budget::within(&limits, || parse_fragment("<b>x</b><!--c-->").is_some());
        assert!(fits, "the context (body), html, b and the comment are four");
        assert_eq!(over, None);
        let (fits, over) = budget::within(&limits, || {
            parse_fragment(&"<b>x</b><!--c-->".repeat(2)).is_some()
        });
        assert!(!fits);
        assert_eq!(over, Some(Limit::Elements));
    }
}
