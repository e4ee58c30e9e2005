//! Builds the views' virtual DOM through a handful of calls compiled once.
//!
//! `html!` expands every element into code of its own that builds Yew's node structs in
//! place and moves them, a few hundred bytes of wasm an element. Here a view says
//! `open`, `attr`, `text` and `close`, each a call with constant arguments, and this
//! module builds the same nodes: the views' code is less than half of what `html!` made
//! of it (BENCHMARKS.md).

use std::cell::RefCell;

use yew::virtual_dom::{AttributeOrProperty, Attributes, Key, Listeners, VList, VNode, VTag, VText};
use yew::{AttrValue, Html, NodeRef};

use crate::content::{Lang, Text};

/// An element's fixed attributes, `attrs!["class" = "cb-card", "part" = "card"]`, written
/// as one text (`class=cb-card␟part=card␟`), which compresses better than Yew's list of
/// pairs, each an address and a length for the name and the value and a tag (BENCHMARKS.md);
/// each is read into Yew's form once a page ([`fixed`]).
#[macro_export]
macro_rules! attrs {
    ($($name:literal = $value:expr),* $(,)?) => {
        concat!($($name, "=", $value, "\u{1f}"),*)
    };
}

pub type Fixed = &'static str;

/// A button's fixed attributes, by its kind and its `data-action`: `button!("back")` (a
/// button of the widget), `button!(primary "print")` (the step's one main way on),
/// `button!(link "restart")` (a button that looks like a link), `button!(bare "timer-reset")`.
#[macro_export]
macro_rules! button {
    (primary $action:literal) => {
        $crate::attrs![
            "type" = "button",
            "class" = "cb-primary",
            "part" = "button primary-button",
            "data-action" = $action
        ]
    };
    (link $action:literal) => {
        $crate::attrs!["type" = "button", "class" = "cb-link", "data-action" = $action]
    };
    (bare $action:literal) => {
        $crate::attrs!["type" = "button", "data-action" = $action]
    };
    ($action:literal) => {
        $crate::attrs!["type" = "button", "part" = "button", "data-action" = $action]
    };
}

/// An element, or a group, whose children are still being added.
struct Open {
    /// Empty for a group.
    tag: &'static str,
    fixed: Fixed,
    /// Where its children start in `Markup::nodes`, and its attributes whose values are
    /// known only at this render in `Markup::given`.
    nodes_from: usize,
    given_from: usize,
    node_ref: NodeRef,
    key: Option<Key>,
    /// An `input`'s value and checked state, which Yew sets as properties.
    input: Option<(Option<AttrValue>, Option<bool>)>,
}

impl Open {
    const GROUP: &'static str = "";
}

/// The nodes of a view under construction, in the reader's language. The children and
/// the attributes of every element still open wait on two stacks and each element takes
/// its own once closed, in lists made at their size: the allocator then sees as many
/// requests as for `html!`, whose lists are written out whole, rather than one a child
/// as a list grows, which made some renders slower (BENCHMARKS.md).
pub struct Markup {
    pub lang: Lang,
    open: Vec<Open>,
    nodes: Vec<VNode>,
    given: Vec<(&'static str, AttrValue)>,
}

impl Markup {
    pub fn new(lang: Lang) -> Self {
        Markup { lang, open: Vec::new(), nodes: Vec::new(), given: Vec::new() }
    }

    fn top(&mut self) -> &mut Open {
        self.open.last_mut().expect("an element is open")
    }

    /// Opens an element: what follows goes into it until its `close`.
    #[inline(never)]
    pub fn open(&mut self, tag: &'static str, fixed: Fixed) {
        let (nodes_from, given_from) = (self.nodes.len(), self.given.len());
        self.open.push(Open {
            tag,
            fixed,
            nodes_from,
            given_from,
            node_ref: NodeRef::default(),
            key: None,
            input: None,
        });
    }

    /// Opens a group: nodes that keep one place among their siblings however many they
    /// are, none included, as `html!`'s `if` and `for` do, so that Yew matches the
    /// siblings after it with the same elements as before (and their state: an open
    /// `details`, a ticked box). Closed by `close`.
    #[inline(never)]
    pub fn group(&mut self) {
        self.open(Open::GROUP, "");
    }

    /// Opens an `input` (closed by `close`): its value, and whether it is ticked, which
    /// Yew keeps as the properties the reader's clicks change.
    #[inline(never)]
    pub fn input(&mut self, fixed: Fixed, value: Option<&'static str>, checked: Option<bool>) {
        self.open("input", fixed);
        self.top().input = Some((value.map(AttrValue::Static), checked));
    }

    /// An attribute of the open element whose value is known only now.
    #[inline(never)]
    pub fn attr(&mut self, name: &'static str, value: &'static str) {
        self.given.push((name, AttrValue::Static(value)));
    }

    /// An attribute whose value is made for this render.
    #[inline(never)]
    pub fn attr_string(&mut self, name: &'static str, value: String) {
        self.given.push((name, AttrValue::from(value)));
    }

    /// The open element's reference (for focus).
    pub fn node_ref(&mut self, node_ref: &NodeRef) {
        self.top().node_ref = node_ref.clone();
    }

    /// The open element's key among its siblings, for a list whose items come and go
    /// or change places: Yew then moves each item's element with it, and what the reader
    /// did there (a ticked box, an open section) stays with the item.
    pub fn key(&mut self, key: &'static str) {
        self.top().key = Some(Key::from(key));
    }

    /// A text of the pack, in the reader's language. The node keeps the reference: the
    /// pack stays for the page's lifetime.
    #[inline(never)]
    pub fn text(&mut self, text: Text) {
        let words = text.get(self.lang);
        self.str(words);
    }

    /// Literal words, such as the space or the colon between two texts.
    #[inline(never)]
    pub fn str(&mut self, words: &'static str) {
        self.nodes.push(VNode::VText(VText::new(AttrValue::Static(words))));
    }

    /// Words made for this render: a filled-in text, a number.
    #[inline(never)]
    pub fn string(&mut self, words: String) {
        self.nodes.push(VNode::VText(VText::new(AttrValue::from(words))));
    }

    /// An element holding one text of the pack, the most common element of all.
    #[inline(never)]
    pub fn leaf(&mut self, tag: &'static str, fixed: Fixed, text: Text) {
        self.open(tag, fixed);
        self.text(text);
        self.close();
    }

    /// Closes the element or group opened last.
    #[inline(never)]
    pub fn close(&mut self) {
        let open = self.open.pop().expect("a close for every open");
        let children = VNode::from(VList::with_children(self.nodes.drain(open.nodes_from..).collect(), None));
        let node = if open.tag == Open::GROUP {
            debug_assert_eq!(open.given_from, self.given.len(), "a group has no attributes");
            children
        } else {
            self.element(open, children)
        };
        self.nodes.push(node);
    }

    fn element(&mut self, open: Open, children: VNode) -> VNode {
        let fixed = fixed(open.fixed);
        let attributes = if open.given_from == self.given.len() {
            Attributes::Static(fixed)
        } else {
            let given = &self.given[open.given_from..];
            let keys =
                interned(fixed.iter().map(|(name, _)| *name).chain(given.iter().map(|(name, _)| *name)));
            let values = fixed.iter().map(|(_, value)| Some(value.clone())).chain(
                self.given
                    .drain(open.given_from..)
                    .map(|(_, value)| Some(AttributeOrProperty::Attribute(value))),
            );
            Attributes::Dynamic { keys, values: values.collect() }
        };
        VNode::from(match open.input {
            Some((value, checked)) => {
                VTag::__new_input(value, checked, open.node_ref, open.key, attributes, Listeners::None)
            }
            None => VTag::__new_other(
                AttrValue::Static(open.tag),
                open.node_ref,
                open.key,
                attributes,
                Listeners::None,
                children,
            ),
        })
    }

    pub fn finish(self) -> Html {
        debug_assert!(self.open.is_empty(), "a close for every open");
        VNode::from(VList::with_children(self.nodes, None))
    }
}

thread_local! {
    static KEY_SETS: RefCell<Vec<&'static [&'static str]>> = const { RefCell::new(Vec::new()) };
    static FIXED: RefCell<Vec<(Fixed, Pairs)>> = const { RefCell::new(Vec::new()) };
}

type Pairs = &'static [(&'static str, AttributeOrProperty)];

/// The fixed attributes as Yew's pairs, read once a page for each place in the views
/// (known by the text's address) and then the same list at every render, which Yew
/// compares by address.
fn fixed(text: Fixed) -> Pairs {
    // In the order of the texts' addresses, found by halves: an element's look-up at
    // every render takes a few steps rather than one per place in the views.
    let address = |(t, _): &(Fixed, Pairs)| (t.as_ptr() as usize, t.len());
    let at = (text.as_ptr() as usize, text.len());
    FIXED.with_borrow_mut(|read| match read.binary_search_by_key(&at, address) {
        Ok(found) => read[found].1,
        Err(place) => {
            let pairs: Pairs = Vec::leak(
                text.split_terminator('\u{1f}')
                    .filter_map(|pair| pair.split_once('='))
                    .map(|(name, value)| (name, AttributeOrProperty::Static(value)))
                    .collect(),
            );
            read.insert(place, (text, pairs));
            pairs
        }
    })
}

/// The attribute names of an element, as one list shared by every element with the same
/// names: Yew compares a rendered element's attributes value by value only when both
/// renders name theirs with the same list (by address), as those of `html!` are. There
/// are as many lists as sets of names the views give an element, kept for the page's
/// lifetime.
fn interned(names: impl Iterator<Item = &'static str> + Clone) -> &'static [&'static str] {
    KEY_SETS.with_borrow_mut(|sets| match sets.iter().find(|set| set.iter().copied().eq(names.clone())) {
        Some(set) => set,
        None => {
            let set: &'static [&'static str] = Vec::leak(names.collect());
            sets.push(set);
            set
        }
    })
}
