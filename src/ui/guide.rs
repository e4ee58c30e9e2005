//! The mask and remedy guide: the recipe cards, filtered by what they help with,
//! tailored to the reader once the checker has answers.

use yew::prelude::*;

use super::log_state::{use_log, LogStatus};
use super::recipe_card::RecipeCard;
use super::shared::Shared;
use crate::browser::clock::today;
use crate::content::{ui, Lang, TAGS};
use crate::engine::assessment::Assessment;

#[derive(Properties, PartialEq)]
pub struct GuideProps {
    pub assessment: Shared<Assessment>,
    pub tailored: bool,
    pub lang: Lang,
    pub on_print: Callback<Callback<()>>,
}

#[component(Guide)]
pub fn guide(props: &GuideProps) -> Html {
    let lang = props.lang;
    let t = |text: crate::content::Text| text.get(lang);
    let filter = use_state_eq(|| None::<&'static str>);
    let log = use_log();
    let printing = use_state_eq(|| None::<&'static str>);
    {
        // Print once the card has rendered whole, and go back to the list afterwards.
        let (printing, on_print) = (printing.clone(), props.on_print.clone());
        use_effect_with(*printing, move |current| {
            if current.is_some() {
                on_print.emit(Callback::from(move |()| printing.set(None)));
            }
        });
    }
    let day = today();
    let shown: Vec<usize> = (0..props.assessment.recipes.len())
        .filter(|&i| filter.is_none_or(|tag| props.assessment.recipes[i].recipe.helps.contains(&tag)))
        .collect();
    let choose = |tag: Option<&'static str>| {
        let filter = filter.clone();
        Callback::from(move |_: MouseEvent| filter.set(tag))
    };
    html! {
        <div class={if printing.is_some() { "cb-guide cb-printing" } else { "cb-guide" }}>
            <p>{ t(ui::RECIPES_INTRO) }{ " " }{ t(if props.tailored { ui::TAILORED_NOTE } else { ui::UNTAILORED_NOTE }) }</p>
            if props.assessment.is_red_flag() {
                <p class="cb-stop" role="note">{ t(ui::RED_FLAG_NOTE) }</p>
            }
            <div class="cb-filter" role="group" aria-label={t(ui::FILTER_LABEL)}>
                <span class="cb-filter-label" aria-hidden="true">{ t(ui::FILTER_LABEL) }</span>
                <button type="button" aria-pressed={filter.is_none().to_string()} onclick={choose(None)}>{ t(ui::FILTER_ALL) }</button>
                { for TAGS.iter().map(|tag| html! {
                    <button type="button" data-tag={tag.id} aria-pressed={(*filter == Some(tag.id)).to_string()} onclick={choose(Some(tag.id))}>
                        { t(tag.label) }
                    </button>
                }) }
            </div>
            { match log.state.status {
                LogStatus::Saved => Html::default(),
                LogStatus::Unavailable => html! { <p class="cb-notice" role="note">{ t(ui::LOG_UNAVAILABLE) }</p> },
                LogStatus::Unreadable => html! { <p class="cb-notice" role="note">{ t(ui::LOG_UNREADABLE) }</p> },
            } }
            if shown.is_empty() {
                <p>{ t(ui::NO_RECIPES) }</p>
            }
            <ul class="cb-cards cb-recipes">
                { for shown.into_iter().map(|index| {
                    let recipe = props.assessment.recipes[index].recipe;
                    let on_done = { let log = log.clone(); Callback::from(move |()| log.record(recipe, today())) };
                    let on_print = { let printing = printing.clone(); Callback::from(move |()| printing.set(Some(recipe.id))) };
                    html! {
                        <RecipeCard key={recipe.id} assessment={props.assessment.clone()} {index} tailored={props.tailored} red_flag={props.assessment.is_red_flag()} {lang}
                            last_done={log.state.log.last_done(recipe.id)} overuse={log.state.log.overuse(recipe, day)}
                            {on_done} {on_print} printing={*printing == Some(recipe.id)} />
                    }
                }) }
            </ul>
            <button type="button" class="cb-link" data-action="log-clear" onclick={{ let log = log.clone(); Callback::from(move |_| log.clear()) }}>
                { t(ui::LOG_CLEAR) }
            </button>
        </div>
    }
}
