//! The widget's buttons: each does one [`Action`] and carries its hook, both taken from
//! the same value.

use std::borrow::Cow;

use yew::prelude::*;

use super::actions::Action;
use super::app::Ui;
use crate::content::{Recipe, Text};

/// How a button looks: the widget's own, the one main way on, a link, or as the browser
/// draws it where its card styles it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Look {
    #[default]
    Plain,
    Primary,
    Link,
    Bare,
}

/// A button that does `action`.
pub fn button(ui: &Ui, action: Action, label: Text, look: Look) -> Html {
    Button::new(action, label.get(ui.lang), look).view(ui)
}

/// A button that does `action`, with a label made for it (a counted text).
pub fn counted_button(ui: &Ui, action: Action, label: String, look: Look) -> Html {
    Button::new(action, label, look).view(ui)
}

/// A button that does `action` while `enabled`.
pub fn button_enabled(ui: &Ui, action: Action, label: Text, look: Look, enabled: bool) -> Html {
    Button { disabled: !enabled, ..Button::new(action, label.get(ui.lang), look) }.view(ui)
}

/// A button that shows or hides the element `controls`; its label may be counted.
pub fn disclosure(
    ui: &Ui,
    action: Action,
    label: impl Into<Cow<'static, str>>,
    expanded: bool,
    controls: String,
) -> Html {
    Button { expands: Some((expanded, controls)), ..Button::new(action, label, Look::Link) }.view(ui)
}

/// A button of the result that opens a recipe in the guide, named by its `data-recipe`.
pub fn recipe_link(ui: &Ui, recipe: &'static Recipe) -> Html {
    let link = Button::new(Action::OpenRecipe(recipe), recipe.title.get(ui.lang), Look::Link);
    Button { recipe: Some(recipe.id), ..link }.view(ui)
}

/// The submit button of a form, whose `onsubmit` does `action`.
pub fn submit(ui: &Ui, action: Action, label: Text) -> Html {
    html! {
        <button type="submit" class="cb-primary" part="button primary-button" data-action={action.hook()}>
            { label.get(ui.lang) }
        </button>
    }
}

/// `"true"` or `"false"`, as ARIA's states are written.
pub const fn flag(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

struct Button {
    action: Action,
    label: Cow<'static, str>,
    look: Look,
    disabled: bool,
    /// Whether what it shows is shown, and its id.
    expands: Option<(bool, String)>,
    recipe: Option<&'static str>,
}

impl Button {
    fn new(action: Action, label: impl Into<Cow<'static, str>>, look: Look) -> Button {
        Button { action, label: label.into(), look, disabled: false, expands: None, recipe: None }
    }

    fn view(self, ui: &Ui) -> Html {
        let Button { action, label, look, disabled, expands, recipe } = self;
        let onclick = ui.send.reform(move |_: MouseEvent| action.msg());
        let (class, part) = match look {
            Look::Plain => (None, Some("button")),
            Look::Primary => (Some("cb-primary"), Some("button primary-button")),
            Look::Link => (Some("cb-link"), None),
            Look::Bare => (None, None),
        };
        let (expanded, controls) = match expands {
            Some((expanded, controls)) => (Some(flag(expanded)), Some(controls)),
            None => (None, None),
        };
        html! {
            <button type="button" {class} {part} data-action={action.hook()} data-recipe={recipe} {disabled}
                aria-expanded={expanded} aria-controls={controls} {onclick}>
                { label }
            </button>
        }
    }
}
