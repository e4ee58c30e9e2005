//! Builds the views' virtual DOM through a handful of calls compiled once.
//!
//! `html!` expands every element into code of its own that builds Yew's node structs in
//! place and moves them, a few hundred bytes of wasm an element. Here a view says
//! `open`, `attr`, `text` and `close`, each a call with constant arguments, and this
//! module builds the same nodes: the views' code is about a third of what `html!` made
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

/// An element, or a group, whose children are still being added.
struct Open {
    /// Empty for a group.
    tag: &'static str,
    fixed: Fixed,
    /// Attributes whose values are known only at this render.
    given: Vec<(&'static str, AttrValue)>,
    node_ref: NodeRef,
    key: Option<Key>,
    /// An `input`'s value and checked state, which Yew sets as properties.
    input: Option<(Option<AttrValue>, Option<bool>)>,
    children: Vec<VNode>,
}

impl Open {
    const GROUP: &'static str = "";

    fn new(tag: &'static str, fixed: Fixed) -> Self {
        Open {
            tag,
            fixed,
            given: Vec::new(),
            node_ref: NodeRef::default(),
            key: None,
            input: None,
            children: Vec::new(),
        }
    }
}

/// The nodes of a view under construction, in the reader's language.
pub struct Markup {
    pub lang: Lang,
    open: Vec<Open>,
}

impl Markup {
    pub fn new(lang: Lang) -> Self {
        Markup { lang, open: vec![Open::new(Open::GROUP, "")] }
    }

    fn top(&mut self) -> &mut Open {
        self.open.last_mut().expect("the outermost group is never closed")
    }

    fn push(&mut self, node: VNode) {
        self.top().children.push(node);
    }

    /// Opens an element: what follows goes into it until its `close`.
    #[inline(never)]
    pub fn open(&mut self, tag: &'static str, fixed: Fixed) {
        self.open.push(Open::new(tag, fixed));
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
        self.open
            .push(Open { input: Some((value.map(AttrValue::Static), checked)), ..Open::new("input", fixed) });
    }

    /// An attribute of the open element whose value is known only now.
    #[inline(never)]
    pub fn attr(&mut self, name: &'static str, value: &'static str) {
        self.top().given.push((name, AttrValue::Static(value)));
    }

    /// An attribute whose value is made for this render.
    #[inline(never)]
    pub fn attr_string(&mut self, name: &'static str, value: String) {
        self.top().given.push((name, AttrValue::from(value)));
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
        self.push(VNode::VText(VText::new(AttrValue::Static(words))));
    }

    /// Words made for this render: a filled-in text, a number.
    #[inline(never)]
    pub fn string(&mut self, words: String) {
        self.push(VNode::VText(VText::new(AttrValue::from(words))));
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
        let node = if open.tag == Open::GROUP {
            VNode::from(VList::with_children(open.children, None))
        } else {
            VNode::from(element(open))
        };
        self.push(node);
    }

    pub fn finish(mut self) -> Html {
        debug_assert_eq!(self.open.len(), 1, "a close for every open");
        let all = self.open.pop().expect("the outermost group");
        VNode::from(VList::with_children(all.children, None))
    }
}

fn element(open: Open) -> VTag {
    let fixed = fixed(open.fixed);
    let attributes = if open.given.is_empty() {
        Attributes::Static(fixed)
    } else {
        let keys: Vec<_> =
            fixed.iter().map(|(name, _)| *name).chain(open.given.iter().map(|(name, _)| *name)).collect();
        let values = fixed
            .iter()
            .map(|(_, value)| Some(value.clone()))
            .chain(open.given.into_iter().map(|(_, value)| Some(AttributeOrProperty::Attribute(value))));
        Attributes::Dynamic { keys: interned(keys), values: values.collect() }
    };
    match open.input {
        Some((value, checked)) => {
            VTag::__new_input(value, checked, open.node_ref, open.key, attributes, Listeners::None)
        }
        None => VTag::__new_other(
            AttrValue::Static(open.tag),
            open.node_ref,
            open.key,
            attributes,
            Listeners::None,
            VNode::from(VList::with_children(open.children, None)),
        ),
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
    FIXED.with_borrow_mut(|read| {
        if let Some((_, pairs)) = read.iter().find(|(t, _)| std::ptr::eq(*t, text)) {
            return *pairs;
        }
        let pairs: Pairs = Vec::leak(
            text.split_terminator('\u{1f}')
                .filter_map(|pair| pair.split_once('='))
                .map(|(name, value)| (name, AttributeOrProperty::Static(value)))
                .collect(),
        );
        read.push((text, pairs));
        pairs
    })
}

/// The attribute names of an element, as one list shared by every element with the same
/// names: Yew compares a rendered element's attributes value by value only when both
/// renders name theirs with the same list (by address), as those of `html!` are. There
/// are as many lists as places in the views that name attributes, kept for the page's
/// lifetime.
fn interned(keys: Vec<&'static str>) -> &'static [&'static str] {
    KEY_SETS.with_borrow_mut(|sets| match sets.iter().find(|set| **set == &keys[..]) {
        Some(set) => set,
        None => {
            let set: &'static [&'static str] = Vec::leak(keys);
            sets.push(set);
            set
        }
    })
}
