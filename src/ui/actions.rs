//! What the widget's buttons do, each with its `data-action` hook: one list, which makes
//! both the `Action` enum that views name (a misspelt action does not compile) and each
//! action's hook, and one exhaustive match from an action to the state change it asks for.

use crate::content::{Choice, Question, Recipe, Tag};
use crate::engine::session;
use crate::engine::settings::View;

use super::state::Msg;

/// `Name(payload) = "hook"`, each documented: the enum and `Action::hook`.
macro_rules! actions {
    ($($(#[doc = $doc:literal])* $name:ident $(($($field:ty),+))? = $hook:literal,)*) => {
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Action {
            $($(#[doc = $doc])* $name $(($($field),+))?,)*
        }

        impl Action {
            /// The control's `data-action` hook, which outside tests drive it by.
            pub const fn hook(&self) -> &'static str {
                match self {
                    $(Action::$name { .. } => $hook,)*
                }
            }
        }

        #[cfg(test)]
        const HOOKS: &[&str] = &[$($hook),*];
    };
}

actions! {
    /// On to the next step, or to the result after the last; the step's submit button.
    Next = "next",
    /// Back one step, or from the result to the step the reader left.
    Back = "back",
    /// The result, from any step.
    Results = "results",
    Restart = "restart",
    /// Back to a question the result could not check without.
    Revisit(&'static Question) = "revisit",
    /// A single choice taken back.
    ClearAnswer(&'static Question, &'static Choice) = "clear-answer",
    /// The whole guide, from the result.
    OpenRecipes = "open-recipes",
    /// The result printed for a doctor.
    Print = "print",
    /// The result's summary, to the clipboard.
    Copy = "copy",
    /// A view, by its tab (which also carries `data-view`).
    Show(View) = "show",
    /// The guide's filter, by a tag or none (the button also carries `data-tag`).
    Filter(Option<&'static Tag>) = "filter",
    ToggleRecipe(&'static Recipe) = "toggle-recipe",
    /// The symptom checker, from the guide that cannot yet say what suits the reader.
    CheckSymptoms = "check-symptoms",
    /// The remedies not advised for the reader, shown or folded away.
    ToggleRuledOut = "toggle-ruled-out",
    TimerStart(&'static Recipe) = "timer-start",
    TimerPause(&'static Recipe) = "timer-pause",
    TimerReset(&'static Recipe) = "timer-reset",
    /// The reader did it today.
    LogDone(&'static Recipe) = "log-done",
    LogClear = "log-clear",
    PrintRecipe(&'static Recipe) = "print-recipe",
    /// Mask mode for a recipe, one step at a time.
    MaskMode(&'static Recipe) = "mask-mode",
    MaskPrevious = "mask-previous",
    MaskNext = "mask-next",
    MaskClose = "mask-close",
    /// Mask mode's last step: the reader did it today, and mask mode closes.
    MaskDone(&'static Recipe) = "mask-done",
    /// A recipe the result lists, opened in the guide.
    OpenRecipe(&'static Recipe) = "open-recipe",
    BackToResult = "back-to-result",
    /// The switch of the sound when a timer ends.
    Sound = "sound",
}

impl Action {
    /// The state change the action asks for.
    pub fn msg(self) -> Msg {
        match self {
            Action::Next => Msg::Checker(session::Action::Next),
            Action::Back => Msg::Checker(session::Action::Back),
            Action::Results => Msg::Checker(session::Action::ShowResult),
            Action::Restart => Msg::Checker(session::Action::Restart),
            Action::Revisit(question) => Msg::Checker(session::Action::Revisit(question)),
            Action::ClearAnswer(question, choice) => Msg::ClearAnswer(question, choice),
            Action::OpenRecipes => Msg::OpenGuide,
            Action::Print => Msg::PrintResult,
            Action::Copy => Msg::CopyResult,
            Action::Show(view) => Msg::Show(view),
            Action::Filter(tag) => Msg::Filter(tag),
            Action::ToggleRecipe(recipe) => Msg::ToggleCard(recipe),
            Action::CheckSymptoms => Msg::OpenChecker,
            Action::ToggleRuledOut => Msg::ToggleRuledOut,
            Action::TimerStart(recipe) => Msg::TimerStart(recipe),
            Action::TimerPause(recipe) => Msg::TimerPause(recipe),
            Action::TimerReset(recipe) => Msg::TimerReset(recipe),
            Action::LogDone(recipe) => Msg::LogDone(recipe),
            Action::LogClear => Msg::LogClear,
            Action::PrintRecipe(recipe) => Msg::PrintRecipe(recipe),
            Action::MaskMode(recipe) => Msg::MaskOpen(recipe),
            Action::MaskPrevious => Msg::MaskPrevious,
            Action::MaskNext => Msg::MaskNext,
            Action::MaskClose => Msg::MaskClose,
            Action::MaskDone(recipe) => Msg::MaskDone(recipe),
            Action::OpenRecipe(recipe) => Msg::OpenRecipe(recipe),
            Action::BackToResult => Msg::BackToResult,
            Action::Sound => Msg::ToggleSound,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_public_hooks_of_the_product_description_are_among_the_actions() {
        for hook in
            ["next", "back", "results", "restart", "timer-start", "timer-pause", "timer-reset", "log-done"]
        {
            assert!(HOOKS.contains(&hook), "{hook}");
        }
        for hook in ["mask-mode", "mask-next", "mask-previous", "mask-close", "sound"] {
            assert!(HOOKS.contains(&hook), "mask mode's hooks stay: {hook}");
        }
    }
}
