//! The checker's first screen as data for the loader, which paints it before the wasm has
//! run: `[tag, {attribute: value}, ...children]` for an element and a string for a text,
//! walked from the widget's own views (`clearback::first_screen`), so that what the loader
//! paints is what the wasm then renders. The loader builds it with the DOM's own calls,
//! never as markup.

use std::fmt::Write;

use yew::virtual_dom::VNode;
use yew::Html;

/// `html` as JSON.
pub fn json(html: &Html) -> String {
    let mut out = String::new();
    let nodes = flatten(html);
    assert_eq!(nodes.len(), 1, "one root element");
    write_node(nodes[0], &mut out);
    out
}

/// The nodes a node stands for: lists are flattened into their parent.
fn flatten(node: &VNode) -> Vec<&VNode> {
    match node {
        VNode::VList(list) => list.iter().flat_map(flatten).collect(),
        VNode::VTag(_) | VNode::VText(_) => vec![node],
        other => panic!("the first screen holds only elements and text, not {other:?}"),
    }
}

fn write_node(node: &VNode, out: &mut String) {
    match node {
        VNode::VText(text) => write_string(&text.text, out),
        VNode::VTag(tag) => {
            out.push('[');
            write_string(tag.tag(), out);
            out.push_str(",{");
            let value = tag.value().map(|v| ("value", v.as_str()));
            let checked = tag.checked().filter(|&on| on).map(|_| ("checked", ""));
            let attributes = tag.attributes.iter().chain(value).chain(checked);
            for (i, (name, value)) in attributes.enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(name, out);
                out.push(':');
                write_string(value, out);
            }
            out.push('}');
            for child in tag.children().map(flatten).unwrap_or_default() {
                out.push(',');
                write_node(child, out);
            }
            out.push(']');
        }
        _ => unreachable!("flattened"),
    }
}

fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use yew::html;

    #[test]
    fn elements_attributes_inputs_and_text_become_nested_arrays_with_text_escaped() {
        let html = html! {
            <div class="a" data-x="1">
                { "say \"hi\"\n" }
                <input type="radio" value="v" />
                <>{ "b" }<span>{ "c\\" }</span></>
            </div>
        };
        assert_eq!(
            json(&html),
            r#"["div",{"data-x":"1","class":"a"},"say \"hi\"\u000a",["input",{"type":"radio","value":"v"}],"b",["span",{},"c\\"]]"#
        );
    }
}
