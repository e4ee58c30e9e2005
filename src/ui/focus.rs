//! Where the focus goes after the reader's own move, and the marks the views put on the
//! elements that take it, so that the views and the effect that moves the focus cannot
//! disagree on where that is.

use super::actions::Action;
use super::app::tab_id;
use crate::content::{Question, Recipe};
use crate::engine::settings::View;

/// A place the focus is sent to after the reader's own move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    None,
    /// The title of the step or the result the reader moved to.
    Title,
    /// A question's first option, once its answer is cleared.
    Question(&'static Question),
    /// The title of a recipe card.
    Card(&'static Recipe),
    /// Mask mode's title.
    Mask,
    /// The tab of a view.
    Tab(View),
    /// Mask mode's way on to the next step, once the time of the step before is up.
    MaskNext,
}

/// The elements that take the focus, marked `data-focus`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// The title of the step or the result.
    Title,
    /// A recipe card's title.
    Card,
    /// Mask mode's title.
    Mask,
}

impl Mark {
    pub const fn id(self) -> &'static str {
        match self {
            Mark::Title => "title",
            Mark::Card => "card",
            Mark::Mask => "mask",
        }
    }
}

impl Focus {
    /// The element to focus, inside the widget; `None` for nowhere.
    pub fn selector(self) -> Option<String> {
        let mark = |mark: Mark| format!("[data-focus='{}']", mark.id());
        let recipe = |recipe: &Recipe, inner: String| format!("[data-recipe='{}'] {inner}", recipe.id);
        Some(match self {
            Focus::None => return None,
            Focus::Title => mark(Mark::Title),
            Focus::Question(question) => format!("[data-question='{}'] input", question.id),
            Focus::Card(r) => recipe(r, mark(Mark::Card)),
            Focus::Mask => mark(Mark::Mask),
            Focus::Tab(view) => format!("#{}", tab_id(view)),
            Focus::MaskNext => format!("[data-action='{}']", Action::MaskNext.hook()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{question, RECIPES};

    #[test]
    fn each_place_is_found_by_its_mark_inside_its_own_recipe_or_question() {
        let soda = &RECIPES[0];
        assert_eq!(Focus::None.selector(), None);
        assert_eq!(Focus::Title.selector().unwrap(), "[data-focus='title']");
        assert_eq!(
            Focus::Card(soda).selector().unwrap(),
            format!("[data-recipe='{}'] [data-focus='card']", soda.id)
        );
        assert_eq!(Focus::MaskNext.selector().unwrap(), "[data-action='mask-next']");
        assert_eq!(
            Focus::Question(question("duration")).selector().unwrap(),
            "[data-question='duration'] input"
        );
        assert_eq!(Focus::Tab(View::Recipes).selector().unwrap(), "#cb-tab-recipes");
    }
}
