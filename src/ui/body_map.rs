//! The body map beside a question whose options are places on the body: a figure seen
//! from the back and from the front, drawn for the widget in simple shapes that the theme
//! colours. Each region is one option (`data-body-area`), a checkbox for screen readers
//! and the keyboard, ticked when the reader's answer has that option; pointing at it ticks
//! or unticks the same answer as its checkbox.

use yew::prelude::*;

use super::app::Ui;
use super::button::flag;
use super::state::Msg;
use crate::content::{ui, Choice};
use crate::engine::screens::Asked;
use crate::engine::session;

/// A shape of a region, in the drawing's 240 × 250 units.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    /// Centre and radii.
    Ellipse(u16, u16, u16, u16),
    /// Corner and size, drawn with round corners.
    Rect(u16, u16, u16, u16),
}

use Shape::{Ellipse, Rect};

/// The regions in the order of the options, drawn in that order: later ones (the spine,
/// the sides, the folds) lie over the larger areas they cross. The back is centred on
/// x = 60, the front on x = 180.
const REGIONS: [(&str, &[Shape]); 8] = [
    (
        "shoulders",
        &[Ellipse(37, 50, 13, 8), Ellipse(83, 50, 13, 8), Ellipse(157, 50, 13, 8), Ellipse(203, 50, 13, 8)],
    ),
    ("upper-back", &[Rect(40, 50, 40, 40)]),
    ("lower-back", &[Rect(42, 90, 36, 30)]),
    ("spine", &[Rect(56, 44, 8, 76)]),
    ("ribs", &[Rect(36, 66, 8, 36), Rect(76, 66, 8, 36)]),
    ("chest", &[Rect(160, 52, 40, 30)]),
    (
        "skin-folds",
        &[
            Ellipse(40, 62, 5, 5),
            Ellipse(80, 62, 5, 5),
            Rect(46, 120, 28, 10),
            Ellipse(160, 62, 5, 5),
            Ellipse(200, 62, 5, 5),
            Rect(164, 82, 32, 6),
            Rect(166, 120, 28, 10),
        ],
    ),
    (
        "legs",
        &[Rect(42, 132, 16, 100), Rect(62, 132, 16, 100), Rect(162, 132, 16, 100), Rect(182, 132, 16, 100)],
    ),
];

/// The outline of the neck, the shoulders, the arms, the trunk and the legs, in which the
/// regions lie.
const OUTLINE: &str = "M54 34h12l2 8q14 2 26 8q6 4 5 12l-3 58h-10l-2-52h-4l2 12v56l-2 102h-16l-4-92-4 92h-16\
l-2-102v-56l2-12h-4l-2 52h-10l-3-58q-1-8 5-12q12-6 26-8z";

fn shape(shape: &Shape) -> Html {
    match *shape {
        Ellipse(cx, cy, rx, ry) => html! {
            <ellipse cx={cx.to_string()} cy={cy.to_string()} rx={rx.to_string()} ry={ry.to_string()} />
        },
        Rect(x, y, width, height) => html! {
            <rect x={x.to_string()} y={y.to_string()} width={width.to_string()} height={height.to_string()} rx="4" />
        },
    }
}

/// The figure, whose regions tick and untick the options of `asked` as their checkboxes do.
pub fn body_map(ui: &Ui, asked: &Asked) -> Html {
    let lang = ui.lang;
    html! {
        <figure class="cb-map" part="body-map">
            <svg viewBox="0 0 240 250" role="group" aria-label={ui::BODY_MAP.get(lang)}>
                <g class="cb-map-body" aria-hidden="true">
                    <ellipse cx="60" cy="20" rx="13" ry="15" />
                    <ellipse cx="180" cy="20" rx="13" ry="15" />
                    <path d={OUTLINE} />
                    <path d={OUTLINE} transform="translate(120 0)" />
                </g>
                for (id, drawn) in REGIONS {
                    if let Some(choice) = asked.question.choice(id) {
                        { region(ui, asked, choice, drawn) }
                    }
                }
            </svg>
            <figcaption class="cb-map-caption" aria-hidden="true">
                <span>{ ui::BODY_BACK.get(lang) }</span>
                <span>{ ui::BODY_FRONT.get(lang) }</span>
            </figcaption>
        </figure>
    }
}

/// One place on the body: pointing at it, or Space and Enter on it, toggles its option.
fn region(ui: &Ui, asked: &Asked, choice: &'static Choice, drawn: &[Shape]) -> Html {
    let checked = asked.is_chosen(choice);
    let toggle =
        Msg::Checker(session::Action::Choose { question: asked.question, option: choice.id, on: !checked });
    let onclick = ui.send.reform({
        let toggle = toggle.clone();
        move |_: MouseEvent| toggle.clone()
    });
    let onkeydown = {
        let send = ui.send.clone();
        Callback::from(move |event: KeyboardEvent| {
            if matches!(event.key().as_str(), " " | "Enter") {
                event.prevent_default();
                send.emit(toggle.clone());
            }
        })
    };
    let label = choice.label.get(ui.lang);
    html! {
        <g key={choice.id} class="cb-map-area" role="checkbox" tabindex="0" data-body-area={choice.id}
            aria-checked={flag(checked)} aria-label={label} {onclick} {onkeydown}>
            <title>{ label }</title>
            for drawn in drawn {
                { shape(drawn) }
            }
        </g>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::QUESTIONS;

    #[test]
    fn every_place_a_body_map_question_offers_is_drawn_and_nothing_else() {
        for q in QUESTIONS.iter().filter(|q| q.body_map) {
            let drawn: Vec<&str> = REGIONS.iter().map(|(id, _)| *id).collect();
            let offered: Vec<&str> = q.options.iter().map(|c| c.id).collect();
            assert_eq!(drawn, offered, "{}: the regions are its options, in their order", q.id);
        }
        assert!(QUESTIONS.iter().any(|q| q.body_map), "the area question has the map");
    }
}
