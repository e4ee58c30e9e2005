//! What the widget's buttons do, each with its `data-action` hook: one list, which makes
//! both the `Action` enum that views name (a misspelt action does not compile) and each
//! action's hook, and one exhaustive match from an action to the state change it asks for.

use crate::content::Question;
use crate::engine::session;

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
    /// The result, whatever is left unanswered.
    Results = "results",
    Restart = "restart",
    /// From the result to the step that asks this question.
    Revisit(&'static Question) = "revisit",
    /// Unticks the option of a single choice.
    ClearAnswer(&'static Question, &'static str) = "clear-answer",
    OpenRecipes = "open-recipes",
    /// Prints the result for the reader's doctor.
    Print = "print",
    /// Copies the result's summary as text.
    Copy = "copy",
    ToggleRecipe(usize) = "toggle-recipe",
    TimerStart(usize) = "timer-start",
    /// The start of a timer for a remedy not advised for the reader: it asks first.
    TimerAsk(usize) = "timer-start",
    /// The answer to that question: start it anyway.
    TimerConfirm(usize) = "timer-confirm",
    TimerCancel = "timer-cancel",
    TimerPause(usize) = "timer-pause",
    TimerReset(usize) = "timer-reset",
    /// The reader did the recipe today.
    LogDone(usize) = "log-done",
    LogClear = "log-clear",
    PrintRecipe(usize) = "print-recipe",
    /// Mask mode for a recipe, one step at a time.
    MaskMode(usize) = "mask-mode",
    /// Mask mode's step.
    MaskStep(usize) = "mask-step",
    MaskClose = "mask-close",
    /// A recipe the result lists, opened in the guide.
    OpenRecipe(usize) = "open-recipe",
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
            Action::ClearAnswer(question, option) => {
                Msg::Checker(session::Action::Choose { question, option, on: false })
            }
            Action::OpenRecipes => Msg::OpenGuide,
            Action::Print => Msg::PrintResult,
            Action::Copy => Msg::CopyResult,
            Action::ToggleRecipe(recipe) => Msg::ToggleCard(recipe),
            Action::TimerStart(recipe) | Action::TimerConfirm(recipe) => Msg::TimerStart(recipe),
            Action::TimerAsk(recipe) => Msg::TimerAsk(recipe),
            Action::TimerCancel => Msg::TimerCancel,
            Action::TimerPause(recipe) => Msg::TimerPause(recipe),
            Action::TimerReset(recipe) => Msg::TimerReset(recipe),
            Action::LogDone(recipe) => Msg::LogDone(recipe),
            Action::LogClear => Msg::LogClear,
            Action::PrintRecipe(recipe) => Msg::PrintRecipe(recipe),
            Action::MaskMode(recipe) => Msg::MaskOpen(recipe),
            Action::MaskStep(step) => Msg::MaskStep(step),
            Action::MaskClose => Msg::MaskClose,
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
        assert_eq!(
            Action::TimerAsk(0).hook(),
            Action::TimerStart(0).hook(),
            "both start the timer, one asks first"
        );
    }
}
