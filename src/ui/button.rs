//! The widget's buttons: each does one [`Action`], whose hook it carries.

use yew::prelude::*;

use super::actions::Action;
use super::app::Ui;
use crate::content::Text;

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
    labelled(ui, action, label.get(ui.lang), look, None)
}

/// A button of the result that opens a recipe in the guide, named by its `data-recipe`.
pub fn recipe_link(ui: &Ui, action: Action, recipe: &'static crate::content::Recipe) -> Html {
    labelled(ui, action, recipe.title.get(ui.lang), Look::Link, Some(recipe.id))
}

fn labelled(ui: &Ui, action: Action, label: &'static str, look: Look, recipe: Option<&'static str>) -> Html {
    let onclick = ui.send.reform(move |_: MouseEvent| action.msg());
    let (class, part) = match look {
        Look::Plain => (None, Some("button")),
        Look::Primary => (Some("cb-primary"), Some("button primary-button")),
        Look::Link => (Some("cb-link"), None),
        Look::Bare => (None, None),
    };
    html! {
        <button type="button" {class} {part} data-action={action.hook()} data-recipe={recipe} {onclick}>
            { label }
        </button>
    }
}
