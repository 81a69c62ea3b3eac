//! html5ever's tree builder, counted: HTML's parsing rules can make many elements of few tags
//! (a paragraph after an unclosed `<b>` opens a new `b`, and with it every formatting element
//! still open: hundreds a paragraph), so the elements it makes are counted as it goes, and it
//! stops being fed once the read may spend no more ([`Limits::elements`]).
//!
//! [`Limits::elements`]: crate::limits::Limits::elements

use std::borrow::Cow;
use std::cell::Cell;

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, QualName, local_name, ns};
use scraper::{Html, HtmlTreeSink};

use crate::limits::{Limit, budget};

/// What one element the full parser makes counts against [`Limits::elements`]: it holds every
/// node in a tree of its own, which lives on beside the element tree and the blocks made from it:
/// about six times the memory of an element the walk reads.
///
/// [`Limits::elements`]: crate::limits::Limits::elements
pub(super) const WEIGHT: usize = 6;

/// How much of the fragment is fed at a time: what the parser may make past the limit before it
/// is stopped (a few hundred elements a paragraph at worst).
const CHUNK: usize = 1024;

/// `html` parsed as a fragment in `body`, as [`Html::parse_fragment`] parses it; `None` when
/// the elements it makes go over what the read may still spend (the budget then says so).
pub(super) fn parse_fragment(html: &str) -> Option<Html> {
    let made = Cell::new(0);
    let allowed = budget::left(Limit::Elements, usize::MAX) / WEIGHT;
    let sink = Counted {
        inner: HtmlTreeSink::new(Html::new_fragment()),
        made: &made,
    };
    let context = QualName::new(None, ns!(html), local_name!("body"));
    let mut parser =
        html5ever::driver::parse_fragment(sink, Default::default(), context, Vec::new(), false);
    let mut rest = html;
    while !rest.is_empty() {
        let mut end = CHUNK.min(rest.len());
        while !rest.is_char_boundary(end) {
            end += 1;
        }
        let (chunk, after) = rest.split_at(end);
        parser.process(StrTendril::from_slice(chunk));
        if made.get() > allowed {
            budget::spend(Limit::Elements, made.get().saturating_mul(WEIGHT));
            return None;
        }
        rest = after;
    }
    let parsed = parser.finish();
    budget::spend(Limit::Elements, made.get().saturating_mul(WEIGHT));
    Some(parsed)
}

/// scraper's sink, counting the elements made in `made`.
struct Counted<'c> {
    inner: HtmlTreeSink,
    made: &'c Cell<usize>,
}

impl TreeSink for Counted<'_> {
    type Handle = <HtmlTreeSink as TreeSink>::Handle;
    type Output = Html;
    type ElemName<'a>
        = <HtmlTreeSink as TreeSink>::ElemName<'a>
    where
        Self: 'a;

    fn finish(self) -> Html {
        self.inner.finish()
    }

    fn parse_error(&self, msg: Cow<'static, str>) {
        self.inner.parse_error(msg);
    }

    fn get_document(&self) -> Self::Handle {
        self.inner.get_document()
    }

    fn elem_name<'a>(&'a self, target: &'a Self::Handle) -> Self::ElemName<'a> {
        self.inner.elem_name(target)
    }

    fn create_element(
        &self,
        name: QualName,
        attrs: Vec<Attribute>,
        flags: ElementFlags,
    ) -> Self::Handle {
        self.made.set(self.made.get().saturating_add(1));
        self.inner.create_element(name, attrs, flags)
    }

    fn create_comment(&self, text: StrTendril) -> Self::Handle {
        self.made.set(self.made.get().saturating_add(1));
        self.inner.create_comment(text)
    }

    fn create_pi(&self, target: StrTendril, data: StrTendril) -> Self::Handle {
        self.made.set(self.made.get().saturating_add(1));
        self.inner.create_pi(target, data)
    }

    fn append(&self, parent: &Self::Handle, child: NodeOrText<Self::Handle>) {
        self.inner.append(parent, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &Self::Handle,
        prev_element: &Self::Handle,
        child: NodeOrText<Self::Handle>,
    ) {
        self.inner
            .append_based_on_parent_node(element, prev_element, child);
    }

    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.inner
            .append_doctype_to_document(name, public_id, system_id);
    }

    fn mark_script_already_started(&self, node: &Self::Handle) {
        self.inner.mark_script_already_started(node);
    }

    fn pop(&self, node: &Self::Handle) {
        self.inner.pop(node);
    }

    fn get_template_contents(&self, target: &Self::Handle) -> Self::Handle {
        self.inner.get_template_contents(target)
    }

    fn same_node(&self, x: &Self::Handle, y: &Self::Handle) -> bool {
        self.inner.same_node(x, y)
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.inner.set_quirks_mode(mode);
    }

    fn append_before_sibling(&self, sibling: &Self::Handle, new_node: NodeOrText<Self::Handle>) {
        self.inner.append_before_sibling(sibling, new_node);
    }

    fn add_attrs_if_missing(&self, target: &Self::Handle, attrs: Vec<Attribute>) {
        self.inner.add_attrs_if_missing(target, attrs);
    }

    fn associate_with_form(
        &self,
        target: &Self::Handle,
        form: &Self::Handle,
        nodes: (&Self::Handle, Option<&Self::Handle>),
    ) {
        self.inner.associate_with_form(target, form, nodes);
    }

    fn remove_from_parent(&self, target: &Self::Handle) {
        self.inner.remove_from_parent(target);
    }

    fn reparent_children(&self, node: &Self::Handle, new_parent: &Self::Handle) {
        self.inner.reparent_children(node, new_parent);
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Self::Handle) -> bool {
        self.inner
            .is_mathml_annotation_xml_integration_point(handle)
    }

    fn set_current_line(&self, line_number: u64) {
        self.inner.set_current_line(line_number);
    }

    fn allow_declarative_shadow_roots(&self, intended_parent: &Self::Handle) -> bool {
        self.inner.allow_declarative_shadow_roots(intended_parent)
    }

    fn attach_declarative_shadow(
        &self,
        location: &Self::Handle,
        template: &Self::Handle,
        attrs: &[Attribute],
    ) -> bool {
        self.inner
            .attach_declarative_shadow(location, template, attrs)
    }

    fn maybe_clone_an_option_into_selectedcontent(&self, option: &Self::Handle) {
        self.inner
            .maybe_clone_an_option_into_selectedcontent(option);
    }
}
